/// Marks the words a negation governs, so "我们不打折" does not count as offering a discount:
/// after a cue (不/没/别/无需/不用…, not/don't/never…) the next few content tokens, up to a
/// clause break or a contrast word (但/but), become negated features that match only negated
/// features and count against the plain ones. A space between Chinese characters ends the clause too.
struct NegationDetector: Sendable {
    static let chineseCues = ["不", "没", "没有", "别", "无需", "无须", "无法", "不用", "不必", "不要", "未", "并非", "毫无", "甭",
                              "不能", "不会", "不可能", "拒绝"]
    static let englishCues = ["not", "no", "dont", "don't", "never", "cant", "can't", "cannot", "wont", "won't", "doesnt",
                              "doesn't", "didnt", "didn't", "isnt", "isn't", "arent", "aren't", "shouldnt", "shouldn't",
                              "couldnt", "couldn't", "wouldnt", "wouldn't", "without", "nor", "unable", "refuse"]
    /// Words where a cue character is no negation ("不错" is good, "特别" is special, "未来" is the future).
    static let exceptions = ["不错", "不过", "不少", "不断", "不仅", "不但", "不管", "不论", "要不", "差不多", "不得不", "不久",
                             "别的", "别人", "特别", "区别", "级别", "类别", "分别", "个别", "识别", "告别", "未来", "没准",
                             "不好意思", "不然"]
    static let contrasts = ["但", "而", "却", "只", "不过", "but", "however", "though", "although", "instead", "except", "rather"]

    /// Content tokens a cue reaches, and the most tokens of any kind.
    static let window = 3
    static let maxSpan = 6

    private var cues = IntegerTable<[[UInt32]]>([])
    private var exceptions = IntegerTable<[Exception]>([])
    private var contrasts = IntegerTable<Bool>([])

    struct Exception: Sendable {
        var tokens: [UInt32]
        var cueOffset: Int
    }

    init() {}

    init(vocabulary: inout WordVocabulary) {
        func ids(_ text: String) -> [UInt32] {
            Tokeniser.tokens(TextNormaliser.scalars(text)) { vocabulary.intern($0) }.map(\.id)
        }
        var cues: [UInt32: [[UInt32]]] = [:]
        for cue in Self.chineseCues + Self.englishCues {
            let tokens = ids(cue)
            if let first = tokens.first { cues[first, default: []].append(tokens) }
        }
        for key in cues.keys { cues[key]!.sort { $0.count > $1.count } }
        var exceptions: [UInt32: [Exception]] = [:]
        for word in Self.exceptions {
            let tokens = ids(word)
            for (offset, id) in tokens.enumerated() where cues[id] != nil {
                exceptions[id, default: []].append(Exception(tokens: tokens, cueOffset: offset))
            }
        }
        self.cues = IntegerTable(cues.sorted { $0.key < $1.key }.map { (UInt64($0.key), $0.value) })
        self.exceptions = IntegerTable(exceptions.sorted { $0.key < $1.key }.map { (UInt64($0.key), $0.value) })
        contrasts = IntegerTable(Self.contrasts.compactMap { ids($0).first }.map { (UInt64($0), true) })
    }

    func mark(_ tokens: inout [MatchToken], isContent: (UInt32) -> Bool) {
        var i = 0
        while i < tokens.count {
            guard let length = cueLength(at: i, in: tokens) else {
                i += 1
                continue
            }
            for k in i..<(i + length) { tokens[k].negationCue = true }
            var j = i + length
            var content = 0
            while j < tokens.count, j - (i + length) < Self.maxSpan, content < Self.window {
                let token = tokens[j]
                if token.breakBefore || contrasts.contains(UInt64(token.id)) || cueLength(at: j, in: tokens) != nil { break }
                // A space between Chinese characters is a comma typed without punctuation ("没有了 谢谢"),
                // except right after the cue ("不 打折").
                if token.spaceBefore, j > i + length { break }
                tokens[j].negated = true
                if isContent(token.id) { content += 1 }
                j += 1
            }
            i = j
        }
    }

    private func cueLength(at i: Int, in tokens: [MatchToken]) -> Int? {
        guard let slot = cues.index(of: UInt64(tokens[i].id)) else { return nil }
        // "是不是", "有没有", "能不能": a question (A-not-A), not a negation.
        if i > 0, i + 1 < tokens.count, tokens[i - 1].id == tokens[i + 1].id, tokens[i].kind == .han { return nil }
        for exception in exceptions[UInt64(tokens[i].id)] ?? [] {
            let start = i - exception.cueOffset
            guard start >= 0, start + exception.tokens.count <= tokens.count else { continue }
            if (0..<exception.tokens.count).allSatisfy({ tokens[start + $0].id == exception.tokens[$0] }) { return nil }
        }
        for cue in cues.values[slot] where i + cue.count <= tokens.count {
            if (0..<cue.count).allSatisfy({ tokens[i + $0].id == cue[$0] }) { return cue.count }
        }
        return nil
    }
}
