import SalesMethod

/// Reads what a trainee types at a classification or a `/map`: ids, zh or en names, aliases, in any order.
public enum AnswerParsing {
    /// "B 第二KP 有需求 有购买能力 认可产品价值", "A: first KP, need, can pay", "未知".
    public static func classification(_ input: String) -> (CustomerClass, [ClassificationReason])? {
        let reading = classificationReading(input)
        return reading.customerClass.map { ($0, reading.reasons) }
    }

    /// What a classification answer says: the class (only from a class token: `A`, `A类`,
    /// `class A`, `an A`; never the article "a"), the reasons claimed, the reasons only hedged or
    /// negated ("第一KP…还没确认", "not sure he's the first KP"), and the words not understood.
    public struct ClassificationReading: Sendable, Hashable {
        public var customerClass: CustomerClass?
        public var reasons: [ClassificationReason] = []
        public var hedged: [ClassificationReason] = []
        public var unread: [String] = []
    }

    public static func classificationReading(_ input: String) -> ClassificationReading {
        var reading = ClassificationReading()
        // Lower-cased ASCII only, so the two arrays stay aligned and "A" can still be told from "a".
        let original = Array((" " + input + " ").unicodeScalars)
        var rest = original.map { ("A"..."Z").contains($0) ? Unicode.Scalar($0.value + 32)! : $0 }
        var kept = original
        for clause in clauses(in: rest) {
            let hedged = hedges.contains { firstIndex(of: $0, in: Array(rest[clause])) != nil }
            for (phrase, reason) in reasonPhrases {
                while let found = firstIndex(of: phrase, in: Array(rest[clause])) {
                    let start = clause.lowerBound + found
                    if hedged {
                        if !reading.hedged.contains(reason) { reading.hedged.append(reason) }
                    } else if !reading.reasons.contains(reason) {
                        reading.reasons.append(reason)
                    }
                    for i in start..<(start + phrase.count) { rest[i] = " "; kept[i] = " " }
                }
            }
        }
        reading.hedged.removeAll { reading.reasons.contains($0) }
        var text = ""
        text.unicodeScalars.append(contentsOf: kept)
        let (customerClass, leftover) = classToken(in: text)
        reading.customerClass = customerClass
        reading.unread = leftover.filter { word in
            let scalars = Array(word.lowercased().unicodeScalars)
            return !isFiller(word) && !hedges.contains { firstIndex(of: $0, in: scalars) != nil }
        }
        return reading
    }

    /// Clauses end at punctuation or a contrast: a hedge reaches only its own clause. A space next
    /// to a Chinese character ends one too ("A 第一KP还没确认 有需求" lists three things).
    private static func clauses(in text: [Unicode.Scalar]) -> [Range<Int>] {
        let breaks = Set(",，。;；\n!！".unicodeScalars)
        func isHan(_ i: Int) -> Bool { i >= 0 && i < text.count && (0x4E00...0x9FFF).contains(text[i].value) }
        var result: [Range<Int>] = []
        var start = 0
        for (i, scalar) in text.enumerated()
        where breaks.contains(scalar) || scalar == "但" || (scalar == " " && (isHan(i - 1) || isHan(i + 1))) {
            result.append(start..<i)
            start = i
        }
        result.append(start..<text.count)
        return result
    }

    /// Words that make a reason a doubt, not a claim.
    static let hedges: [[Unicode.Scalar]] = ["还没确认", "没确认", "未确认", "待确认", "不确定", "不清楚", "不知道", "还不知道", "说不准",
                                            "可能", "也许", "好像", "大概", "吗", "?", "？", "not sure", "unsure", "not certain",
                                            "uncertain", "unclear", "maybe", "might", "perhaps", "probably", "don't know", "dont know",
                                            "not confirmed", "unconfirmed", "to be confirmed", "no idea"]
        .map { Array($0.unicodeScalars) }.sorted { $0.count > $1.count }

    /// Words around a classification that say nothing the method scores ("I think it's", "因为").
    private static func isFiller(_ word: String) -> Bool {
        let lower = word.lowercased()
        if StopWords.english.contains(lower) || englishFiller.contains(lower) { return true }
        let meaningful = lower.unicodeScalars.filter { !chineseFiller.unicodeScalars.contains($0) && !"kp'\"“”".unicodeScalars.contains($0) }
        return meaningful.isEmpty
    }

    static let englishFiller: Set<String> = ["think", "i'd", "say", "because", "account", "customer", "class", "reason", "reasons",
                                             "he's", "she's", "they're", "since", "probably", "guess", "kp", "kps", "both", "and", "but"]
    static let chineseFiller = "我觉得认为是的了因为所以但而且和还也都客户这个他她它们吧呢啊类判断理由首先其次另外还有以及目前现在应该算属于"

    /// Every phrase naming a reason, lower-cased, longest first so "没有需求" is read before "需求";
    /// built once, as scalars, so reading an answer is a plain scan.
    static let reasonPhrases: [([Unicode.Scalar], ClassificationReason)] = {
        var phrases: [(String, ClassificationReason)] = []
        for reason in ClassificationReason.allCases {
            for phrase in [reason.rawValue, reason.name.zh, reason.name.en] + reason.aliases {
                phrases.append((phrase.lowercased(), reason))
            }
        }
        phrases.sort { $0.0.count > $1.0.count }
        return phrases.filter { $0.0.count >= 2 }.map { (Array($0.0.unicodeScalars), $0.1) }
    }()

    /// Where `phrase` first occurs in `text`.
    static func firstIndex(of phrase: [Unicode.Scalar], in text: [Unicode.Scalar]) -> Int? {
        guard let first = phrase.first, phrase.count <= text.count else { return nil }
        var start = 0
        while start + phrase.count <= text.count {
            if text[start] == first {
                var offset = 1
                while offset < phrase.count && text[start + offset] == phrase[offset] { offset += 1 }
                if offset == phrase.count { return start }
            }
            start += 1
        }
        return nil
    }

    /// The class a text names, and the words left once it and its cue are taken out.
    private static func classToken(in text: String) -> (CustomerClass?, leftover: [String]) {
        let separators = Set(" ,，、;；:：.。()（）\t…!！")
        var tokens = text.split(whereSeparator: { separators.contains($0) }).map(String.init)
        func found(_ customerClass: CustomerClass, removing range: Range<Int>) -> (CustomerClass?, leftover: [String]) {
            tokens.removeSubrange(range)
            return (customerClass, tokens)
        }
        // Named outright: "class B", "an A", "B类", "我觉得是B类".
        for (index, token) in tokens.enumerated() {
            let next = index + 1 < tokens.count ? tokens[index + 1] : ""
            if ["class", "an"].contains(token.lowercased()), let letter = classLetter(next.lowercased()) {
                return found(letter, removing: index..<(index + 2))
            }
            if let letter = letterBefore类(token) { return found(letter, removing: index..<(index + 1)) }
        }
        // A lone capital letter; a lone small b, c or d; a small "a" only when no other English
        // word is around to make it the article ("I think it's a good account").
        if let index = tokens.firstIndex(where: { $0.count == 1 && ("A"..."D").contains($0) }) {
            return found(classLetter(tokens[index].lowercased())!, removing: index..<(index + 1))
        }
        if let index = tokens.firstIndex(where: { ["b", "c", "d"].contains($0) }) {
            return found(classLetter(tokens[index])!, removing: index..<(index + 1))
        }
        let englishWords = tokens.filter { $0.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("A"..."Z").contains($0) } }
        if let index = tokens.firstIndex(of: "a"), englishWords.count == 1 {
            return found(.a, removing: index..<(index + 1))
        }
        for phrase in ["尚不能判断", "不能判断", "not yet known", "unknown", "未知", "不确定", "不知道", "?", "？", "不清楚"] where text.lowercased().contains(phrase) {
            return (.unknown, tokens.filter { !$0.lowercased().contains(phrase) && !["not", "yet", "known"].contains($0.lowercased()) })
        }
        return (nil, tokens)
    }

    /// "B类", "b类客户", "我觉得是B类": the letter just before 类, not inside an English word.
    private static func letterBefore类(_ token: String) -> CustomerClass? {
        let scalars = Array(token.lowercased().unicodeScalars)
        guard let mark = scalars.firstIndex(of: "类"), mark >= 1 else { return nil }
        if mark >= 2, ("a"..."z").contains(scalars[mark - 2]) { return nil }
        return classLetter(String(scalars[mark - 1]))
    }

    private static func classLetter(_ token: String) -> CustomerClass? {
        var candidate = token
        for suffix in ["类客户", "类", "class"] where candidate.hasSuffix(suffix) { candidate = String(candidate.dropLast(suffix.count)) }
        if candidate.hasPrefix("class") { candidate = String(candidate.dropFirst(5)) }
        switch candidate {
        case "a": return .a
        case "b": return .b
        case "c": return .c
        case "d": return .d
        default: return nil
        }
    }

    /// The words a checkpoint accepts, in the session's language: to name back with words it could not read.
    public static func reasonWords(_ language: Language) -> [String] { ClassificationReason.allCases.map { $0.name.text(language) } }

    public static func mappingWords(_ language: Language) -> [String] {
        BuyerRole.allCases.map { $0.name.text(language) } + Attitude.allCases.map { $0.name.text(language) }
            + CommunicationStyle.allCases.map { $0.name.text(language) }
    }

    /// "批准者 中立者 控制型" in any order; words it cannot read are returned so the trainee can be told.
    public static func mapping(_ words: [String]) -> (ContactMapping, unread: [String]) {
        var mapping = ContactMapping()
        var unread: [String] = []
        for word in words {
            let key = BuyerRole.normalizedSpelling(word)
            if mapping.role == nil, let role = roles[key] { mapping.role = role }
            else if mapping.attitude == nil, let attitude = attitudes[key] { mapping.attitude = attitude }
            else if mapping.style == nil, let style = styles[key] { mapping.style = style }
            else { unread.append(word) }
        }
        return (mapping, unread)
    }

    // What `parse` accepts for each field of a mapping, built once.
    static let roles = BuyerRole.spellingTable()
    static let attitudes = Attitude.spellingTable()
    static let styles = CommunicationStyle.spellingTable()

    public static func words(_ input: String) -> [String] {
        let separators = Set(" ,，、;；\t")
        return input.split(whereSeparator: { separators.contains($0) }).map(String.init)
    }
}
