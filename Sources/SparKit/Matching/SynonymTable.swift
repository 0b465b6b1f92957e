/// A lexicon compiled to token sequences, looked up by first token: replacing variants by their
/// concept costs one dictionary probe per token of an answer.
struct SynonymTable: Sendable {
    struct Variant: Sendable {
        var tokens: [UInt32]
        var concept: UInt32
    }

    private var byFirst = IntegerTable<[Variant]>([])
    /// The group's name per concept index, for evidence ("报价≈价格").
    private(set) var names: [String] = []
    /// The group's first Latin-script variant, to explain an English answer in English.
    private var latinNames: [String?] = []
    private var normalisedNames: [String] = []

    init() {}

    init(_ lexicon: SynonymLexicon, vocabulary: inout WordVocabulary) {
        var byFirst: [UInt32: [Variant]] = [:]
        for group in lexicon.groups {
            let concept = TokenKind.concept.id(UInt32(names.count))
            names.append(group[0])
            latinNames.append(group.first { $0.unicodeScalars.allSatisfy(\.isASCII) })
            normalisedNames.append(TextNormaliser.normalise(group[0]))
            for term in group {
                let tokens = Tokeniser.tokens(TextNormaliser.scalars(term), wildcards: true) { vocabulary.intern($0) }
                guard let first = tokens.first, tokens.count > 1 || first.kind != .anyNumber else { continue }
                let ids = tokens.map(\.id)
                // The first group to claim a variant keeps it.
                if byFirst[first.id]?.contains(where: { $0.tokens == ids }) == true { continue }
                byFirst[first.id, default: []].append(Variant(tokens: ids, concept: concept))
            }
        }
        for key in byFirst.keys { byFirst[key]!.sort { $0.tokens.count > $1.tokens.count } }
        self.byFirst = IntegerTable(byFirst.sorted { $0.key < $1.key }.map { (UInt64($0.key), $0.value) })
    }

    func name(of concept: UInt32, latin: Bool = false) -> String {
        let index = Int(concept & TokenKind.valueMask)
        return latin ? latinNames[index] ?? names[index] : names[index]
    }
    func normalisedName(of concept: UInt32) -> String { normalisedNames[Int(concept & TokenKind.valueMask)] }

    /// The concepts found in `tokens`, longest variant first at each position. The words stay
    /// as they are (their n-grams still count); a concept adds one strong feature on top.
    func concepts(in tokens: [MatchToken]) -> [ConceptSpan] {
        guard !byFirst.values.isEmpty else { return [] }
        var result: [ConceptSpan] = []
        var i = 0
        while i < tokens.count {
            if let (concept, length) = variant(at: i, in: tokens) {
                result.append(ConceptSpan(concept: concept, first: Int32(i), count: Int32(length)))
                i += length
            } else {
                i += 1
            }
        }
        return result
    }

    private func variant(at i: Int, in tokens: [MatchToken]) -> (UInt32, Int)? {
        let token = tokens[i]
        if let slot = byFirst.index(of: UInt64(token.id)), let found = byFirst.values[slot].first(where: { fits($0.tokens, at: i, in: tokens) }) {
            return (found.concept, found.tokens.count)
        }
        if token.kind == .number, let slot = byFirst.index(of: UInt64(TokenKind.anyNumber.rawValue)),
           let found = byFirst.values[slot].first(where: { fits($0.tokens, at: i, in: tokens) }) {
            return (found.concept, found.tokens.count)
        }
        return nil
    }

    private func fits(_ variant: [UInt32], at i: Int, in tokens: [MatchToken]) -> Bool {
        guard i + variant.count <= tokens.count else { return false }
        for (offset, id) in variant.enumerated() {
            let token = tokens[i + offset]
            if offset > 0 && token.breakBefore { return false }
            if id == TokenKind.anyNumber.rawValue ? token.kind != .number : token.id != id { return false }
        }
        return true
    }
}

/// A synonym concept found over tokens `first ..< first + count`.
struct ConceptSpan: Sendable {
    var concept: UInt32
    var first: Int32
    var count: Int32
}
