import SalesMethod

/// Reads what a trainee types at a classification or a `/map`: ids, zh or en names, aliases, in any order.
public enum AnswerParsing {
    /// "B 第二KP 有需求 有购买能力 认可产品价值", "A: first KP, need, can pay", "未知".
    public static func classification(_ input: String) -> (CustomerClass, [ClassificationReason])? {
        var rest = Array((" " + input.lowercased() + " ").unicodeScalars)
        var reasons: [ClassificationReason] = []
        for (phrase, reason) in reasonPhrases {
            while let start = firstIndex(of: phrase, in: rest) {
                if !reasons.contains(reason) { reasons.append(reason) }
                rest.replaceSubrange(start..<(start + phrase.count), with: [" "])
            }
        }
        var text = ""
        text.unicodeScalars.append(contentsOf: rest)
        guard let customerClass = classToken(in: text) else { return nil }
        return (customerClass, reasons)
    }

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

    private static func classToken(in text: String) -> CustomerClass? {
        for phrase in ["尚不能判断", "不能判断", "not yet known", "unknown", "未知", "不确定", "不知道", "?", "？"] where text.contains(phrase) {
            return .unknown
        }
        let separators = Set(" ,，、;；:：.。()（）\t")
        let tokens = text.split(whereSeparator: { separators.contains($0) }).map(String.init)
        // "class B" / "B类" name the class outright; otherwise a lone letter does, but a lone "a"
        // is read as the article when another class letter is present ("it is a B account").
        for (index, token) in tokens.enumerated() {
            let next = index + 1 < tokens.count ? tokens[index + 1] : ""
            if token == "class", let letter = classLetter(next) { return letter }
            if token.hasSuffix("类") || token.hasSuffix("类客户"), let letter = classLetter(token) { return letter }
        }
        let letters = tokens.compactMap(classLetter)
        if letters.count > 1, let other = letters.first(where: { $0 != .a }) { return other }
        return letters.first
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
