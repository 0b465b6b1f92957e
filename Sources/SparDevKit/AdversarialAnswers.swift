import SalesMethod
import SparKit

/// Answers that must never earn a choice, drawn from a scenario's own text so that every node is
/// tried: each contact's name alone, a one-word reply (an acknowledgement, a greeting, a filler),
/// one word that only one choice uses, and several choices' `say` texts typed together.
/// They are written to the evaluation set (`spar spar-dev eval-matcher --write-adversarial`) with `none`
/// as the label: anything but a confident pick is right.
public enum AdversarialAnswers {
    public enum Category: String, Sendable, CaseIterable {
        case names
        case oneWord = "one-word"
        case keyword
        case stuffed
        case smallTalk = "small-talk"
    }

    /// Replies that carry no substance, as trainees type them at any point of a conversation.
    public static func oneWordReplies(_ language: Language) -> [String] {
        switch language {
        case .zh: ["好的", "明白", "嗯", "对", "是的", "行", "可以", "谢谢", "你好", "收到", "了解", "没问题", "嗯嗯", "好",
                   "懂了", "有道理", "确实", "是吗", "哦", "好的好的", "明白了", "对对对", "您好", "喂"]
        case .en: ["ok", "sure", "yes", "no", "thanks", "hello", "hi", "right", "got it", "fair question", "good point",
                   "absolutely", "great", "understood", "makes sense", "hmm", "exactly", "fine", "okay", "alright",
                   "thank you", "of course", "I see", "indeed"]
        }
    }

    /// How many one-word replies each node gets (rotating through the list, so every reply is
    /// tried at several nodes without the set being mostly one-word replies).
    static let repliesPerNode = 4

    public static func cases(for scenario: Scenario, path: String) -> [MatcherEvaluation.Case] {
        var cases: [MatcherEvaluation.Case] = []
        let replies = oneWordReplies(scenario.language)
        let names = nameForms(scenario)
        var rotation = 0
        for node in scenario.nodes where !node.choices.isEmpty {
            func add(_ category: Category, _ answer: String) {
                cases.append(MatcherEvaluation.Case(source: "generated:\(path)", line: cases.count + 1, scenario: path,
                                                    node: node.id, expected: nil, answer: answer, category: category.rawValue))
            }
            for name in names { add(.names, name) }
            for _ in 0..<repliesPerNode {
                add(.oneWord, replies[rotation % replies.count])
                rotation += 1
            }
            for keyword in keywords(node.choices.map(\.say), language: scenario.language) { add(.keyword, keyword) }
            let says = node.choices.map(\.say)
            guard says.count > 1 else { continue }
            let separator = scenario.language == .zh ? "" : " "
            add(.stuffed, says.joined(separator: separator))
            if says.count > 2 {
                for i in 0..<(says.count - 1) { add(.stuffed, says[i] + separator + says[i + 1]) }
            }
        }
        return cases
    }

    /// Each contact's name as typed alone: in full, and (English) the first name, lower case too.
    static func nameForms(_ scenario: Scenario) -> [String] {
        var forms: [String] = []
        for contact in scenario.contacts {
            forms.append(contact.name)
            if scenario.language == .en, let first = contact.name.split(separator: " ").first, first != Substring(contact.name) {
                forms.append(String(first))
                forms.append(first.lowercased())
            }
        }
        var seen = Set<String>()
        return forms.filter { seen.insert($0).inserted }
    }

    /// For each choice, the first word (English, four letters or more) or two-character run
    /// (Chinese, no stop character) that no sibling's `say` has: one lone keyword.
    static func keywords(_ says: [String], language: Language) -> [String] {
        let units: [[String]] = says.map { say in
            switch language {
            case .en:
                return say.lowercased().split { !$0.isLetter && $0 != "'" }.map(String.init)
                    .filter { $0.count >= 4 && !StopWords.english.contains($0) }
            case .zh:
                let han = Array(say).map { character -> Character in
                    let value = character.unicodeScalars.first?.value ?? 0
                    return (HanTable.first...HanTable.last).contains(value) ? character : " "
                }
                var pairs: [String] = []
                for i in 0..<max(0, han.count - 1) where han[i] != " " && han[i + 1] != " "
                    && !StopWords.chinese.contains(han[i]) && !StopWords.chinese.contains(han[i + 1]) {
                    pairs.append(String([han[i], han[i + 1]]))
                }
                return pairs
            }
        }
        var result: [String] = []
        for (i, own) in units.enumerated() {
            let others = units.enumerated().filter { $0.offset != i }.map { $0.element.joined(separator: "|") }
            if let word = own.first(where: { word in !others.contains { $0.contains(word) } }) { result.append(word) }
        }
        return result
    }
}
