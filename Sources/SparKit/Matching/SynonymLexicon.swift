/// Groups of words and phrases that mean the same thing in a sales conversation. Each group is
/// one concept: any of its variants in an answer or a choice reads as that concept, so "报价",
/// "价钱" and "quote" all match a choice that says "价格". `#` in a variant stands for any number.
public struct SynonymLexicon: Sendable, Hashable {
    /// The first entry of each group names the concept (shown in match evidence).
    public private(set) var groups: [[String]]

    public init(groups: [[String]]) {
        self.groups = groups.filter { !$0.isEmpty }
    }

    /// The shipped zh/en sales lexicon.
    public static let shipped = SynonymLexicon(groups: ShippedSynonyms.groups)

    /// This lexicon extended by a scenario's `synonyms:` (term → variants). A term or variant
    /// already in a group joins that group; otherwise the entry becomes a group of its own.
    public func extended(with authored: [[String]]) -> SynonymLexicon {
        var groups = self.groups
        for entry in authored where !entry.isEmpty {
            let folded = Set(entry.map(Self.key))
            if let index = groups.firstIndex(where: { $0.contains { folded.contains(Self.key($0)) } }) {
                for term in entry where !groups[index].contains(where: { Self.key($0) == Self.key(term) }) {
                    groups[index].append(term)
                }
            } else {
                groups.append(entry)
            }
        }
        return SynonymLexicon(groups: groups)
    }

    static func key(_ term: String) -> String { TextNormaliser.normalise(term) }
}
