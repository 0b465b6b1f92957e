import SalesMethod

/// The facts a classification answer names as still missing: a hedged reason ("第一KP还没确认"),
/// or a fact's plain name in a clause that doubts it ("预算还不清楚", "budget unknown", "not sure
/// who decides"). A "not yet known" scores fully only when it names one (docs/method.md).
public struct UnknownFactReading: Sendable, Hashable {
    public var facts: [AccountFact] = []
    /// The words that named them, lower-cased: not unread words.
    public var words: Set<String> = []

    static let factNames: [(AccountFact, [String])] = [
        (.kp, ["kp", "关键人", "决策人", "拍板", "谁说了算", "decision maker", "decision-maker", "who decides", "authority"]),
        (.need, ["需求", "需要", "need"]),
        (.canPay, ["预算", "购买能力", "支付能力", "付款能力", "钱", "budget", "money", "afford", "pay"]),
        (.seesValue, ["价值", "认可", "value"]),
    ]
    /// Doubt words beyond the reader's hedges: "未知", "unknown".
    static let doubts = ["未知", "待定", "不明", "没问", "unknown", "not known", "not yet known", "to find out"]

    public init(_ input: String, hedged: [ClassificationReason]) {
        for reason in hedged where !facts.contains(reason.fact) { facts.append(reason.fact) }
        for clause in Self.clauses(input.lowercased()) {
            let scalars = Array(clause.unicodeScalars)
            let doubted = AnswerParsing.hedges.contains { Self.contains(scalars, $0) }
                || Self.doubts.contains { clause.contains($0) }
            guard doubted else { continue }
            for (fact, names) in Self.factNames {
                for name in names where clause.contains(name) {
                    if !facts.contains(fact) { facts.append(fact) }
                    for word in name.split(separator: " ") { words.insert(String(word)) }
                }
            }
        }
    }

    /// Whether an unread word of the answer is one of these names ("budget", "预算未知").
    public func explains(_ word: String) -> Bool {
        let lower = word.lowercased()
        guard !facts.isEmpty else { return false }
        return words.contains(lower) || Self.doubts.contains(lower)
            || (words.contains { lower.contains($0) } && Self.doubts.contains { lower.contains($0) })
    }

    /// The answer cut at punctuation, and at the spaces around a Chinese word: `有需求 预算不清楚`
    /// is two claims, of which only the second doubts, while `not sure who decides` is one clause.
    static func clauses(_ text: String) -> [String] {
        let breaks = Set(",，。;；、\n!！:：")
        var clauses: [String] = []
        for part in text.split(whereSeparator: { breaks.contains($0) }) {
            var words: [Substring] = []
            for word in part.split(whereSeparator: \.isWhitespace) {
                if word.unicodeScalars.contains(where: Self.isHan) {
                    if !words.isEmpty { clauses.append(words.joined(separator: " ")) }
                    words = []
                    clauses.append(String(word))
                } else {
                    words.append(word)
                }
            }
            if !words.isEmpty { clauses.append(words.joined(separator: " ")) }
        }
        return clauses
    }

    private static func isHan(_ scalar: Unicode.Scalar) -> Bool {
        (0x3400...0x9FFF).contains(scalar.value) || (0xF900...0xFAFF).contains(scalar.value)
    }

    private static func contains(_ text: [Unicode.Scalar], _ part: [Unicode.Scalar]) -> Bool {
        guard part.count <= text.count else { return false }
        return (0...(text.count - part.count)).contains { Array(text[$0..<($0 + part.count)]) == part }
    }
}
