import Foundation

/// One node's choices, analysed once: for each feature, which choices (and which of their
/// phrases: `say` first, then each `match`) contain it, and how telling it is among them.
struct NodeMatchIndex: Sendable {
    struct Entry: Sendable {
        var choice: Int32
        var phrase: Int32
        var weight: Float
    }

    struct Posting: Sendable {
        /// 1 for a feature only one choice has, falling towards 0 as more choices share it.
        var specificity: Float
        /// Its entries in `entries`, sorted by choice.
        var start: Int32
        var end: Int32
    }

    let choiceCount: Int
    /// Per choice, its phrases' positions in `phraseTotals`.
    let phraseRanges: [Range<Int>]
    /// Per phrase: the sum of its features' weight × specificity.
    let phraseTotals: [Float]
    let postings: IntegerTable<Posting>
    let entries: [Entry]

    /// A choice whose `say` is only a pleasantry (thanks and goodbye): nothing in it weighs.
    func isPleasantry(_ choice: Int) -> Bool {
        guard let say = phraseRanges[choice].first else { return false }
        return phraseTotals[say] == 0
    }

    init(phrases: [[AnalysedText]]) {
        choiceCount = phrases.count
        var ranges: [Range<Int>] = []
        var byFeature: [UInt64: [Entry]] = [:]
        var phraseFeatures: [[UInt64: Float]] = []
        for (choice, texts) in phrases.enumerated() {
            let start = phraseFeatures.count
            for text in texts {
                var weights: [UInt64: Float] = [:]
                for feature in text.features { weights[feature.feature] = max(weights[feature.feature] ?? 0, feature.weight) }
                let phrase = Int32(phraseFeatures.count)
                for (feature, weight) in weights {
                    byFeature[feature, default: []].append(Entry(choice: Int32(choice), phrase: phrase, weight: weight))
                }
                phraseFeatures.append(weights)
            }
            ranges.append(start..<phraseFeatures.count)
        }
        let n = Float(max(1, choiceCount))
        var postings: [(key: UInt64, value: Posting)] = []
        var specificities: [UInt64: Float] = [:]
        var flat: [Entry] = []
        for (feature, entries) in byFeature.sorted(by: { $0.key < $1.key }) {
            let sorted = entries.sorted { ($0.choice, $0.phrase) < ($1.choice, $1.phrase) }
            let choices = Float(Set(sorted.map(\.choice)).count)
            let specificity = Float(log(Double((n + 1) / choices)) / log(Double(n + 1)))
            postings.append((feature, Posting(specificity: specificity, start: Int32(flat.count),
                                              end: Int32(flat.count + sorted.count))))
            flat += sorted
            specificities[feature] = specificity
        }
        entries = flat
        phraseRanges = ranges
        // Summed in feature order: a dictionary's order differs between runs, and so would the
        // rounding, and with it the ranking of two choices that tie.
        phraseTotals = phraseFeatures.map { weights in
            weights.sorted { $0.key < $1.key }.reduce(0) { $0 + $1.value * (specificities[$1.key] ?? 0) }
        }
        self.postings = IntegerTable(postings)
    }
}
