/// Words that keep a conversation going without saying anything a choice could be told apart
/// by: greetings, acknowledgements, thanks and fillers, which the matcher gives no weight, in the
/// scenario's phrases and in answers alike; and contacts' names, which still help rank ("put me
/// through to Richard") but are no substance of their own. So "李工", "明白" or "fair question"
/// typed alone leaves nothing to match.
struct PhaticPhrases: Sendable {
    static let chinese = ["你好", "您好", "大家好", "好的", "好吧", "明白", "了解", "收到", "懂了", "谢谢", "感谢", "多谢",
                          "没问题", "确实", "有道理", "对对", "是的", "嗯", "哦", "噢", "哈", "呵", "喂", "哎", "诶",
                          "行吧", "那个", "这个嘛", "怎么说呢", "久仰", "客气", "不客气"]
    static let english = ["hello", "hi", "hey", "thanks", "thank you", "cheers", "ok", "okay", "sure", "yes", "yeah", "yep",
                          "alright", "all right", "got it", "understood", "i see", "of course", "absolutely",
                          "exactly", "indeed", "cool", "fair question", "good question", "good point",
                          "fair point", "makes sense", "no worries", "no problem", "hmm", "um", "uh", "er", "well", "haha", "you know",
                          "mr", "mrs", "ms", "dr", "mister", "sir", "madam"]

    struct Sequence: Sendable {
        enum Kind: Sendable { case pleasantry, name, smallTalk }
        var tokens: [UInt32]
        var kind: Kind
    }

    private var sequences = IntegerTable<[Sequence]>([])

    init() {}

    /// `names`: the scenario's contacts as typed ("王总", "Raj Mehta"); each English name's
    /// parts count on their own too ("Raj", "Mehta").
    init(names: [String], vocabulary: inout WordVocabulary) {
        func ids(_ text: String) -> [UInt32] {
            Tokeniser.tokens(TextNormaliser.scalars(text)) { vocabulary.intern($0) }.map(\.id)
        }
        var phrases = (Self.chinese + Self.english).map { ($0, Sequence.Kind.pleasantry) }
        phrases += (SmallTalkTopics.chinese + SmallTalkTopics.english).map { ($0, .smallTalk) }
        for name in names {
            phrases.append((name, .name))
            let parts = name.split(separator: " ")
            if parts.count > 1 { phrases += parts.map { (String($0), .name) } }
        }
        var byFirst: [UInt32: [Sequence]] = [:]
        for (phrase, kind) in phrases {
            let tokens = ids(phrase)
            if let first = tokens.first { byFirst[first, default: []].append(Sequence(tokens: tokens, kind: kind)) }
        }
        for key in byFirst.keys { byFirst[key]!.sort { $0.tokens.count > $1.tokens.count } }
        sequences = IntegerTable(byFirst.sorted { $0.key < $1.key }.map { (UInt64($0.key), $0.value) })
    }

    /// Marks the tokens of every phatic phrase, name and small-talk topic (the longest where several
    /// start at a token).
    func mark(_ tokens: inout [MatchToken]) {
        var i = 0
        while i < tokens.count {
            guard let candidates = sequences[UInt64(tokens[i].id)] else {
                i += 1
                continue
            }
            guard let found = candidates.first(where: { sequence in
                i + sequence.tokens.count <= tokens.count
                    && (0..<sequence.tokens.count).allSatisfy { tokens[i + $0].id == sequence.tokens[$0] }
            }) else {
                i += 1
                continue
            }
            for k in i..<(i + found.tokens.count) {
                switch found.kind {
                case .pleasantry: tokens[k].phatic = true
                case .name: tokens[k].name = true
                case .smallTalk: tokens[k].smallTalk = true
                }
            }
            i += found.tokens.count
        }
    }
}
