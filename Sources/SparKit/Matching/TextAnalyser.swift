/// Turns text into weighted features: normalise, tokenise, replace synonyms, mark negation,
/// then draw unigrams and bigrams (character bigrams for Chinese, word bigrams for English,
/// pinyin bigrams for homophone slips). Built once per scenario with its words and lexicon.
struct TextAnalyser: Sendable {
    private(set) var vocabulary = WordVocabulary()
    private(set) var synonyms = SynonymTable()
    private var negation = NegationDetector()
    private var phatic = PhaticPhrases()
    private var stopTokens = IntegerTable<Bool>([])
    private var unknownWordCounter: UInt32 = 0

    init(lexicon: SynonymLexicon, names: [String] = []) {
        negation = NegationDetector(vocabulary: &vocabulary)
        phatic = PhaticPhrases(names: names, vocabulary: &vocabulary)
        synonyms = SynonymTable(lexicon, vocabulary: &vocabulary)
        var stops: [(key: UInt64, value: Bool)] = StopWords.chinese.unicodeScalars.map { (UInt64(TextNormaliser.fold($0).value), true) }
        for word in StopWords.english {
            for token in Tokeniser.tokens(TextNormaliser.scalars(word), word: { vocabulary.intern($0) }) {
                stops.append((UInt64(token.id), true))
            }
        }
        stopTokens = IntegerTable(stops)
    }

    /// For a scenario's own phrases: new English words join the vocabulary.
    mutating func analyseLearning(_ text: String) -> AnalysedText {
        var vocabulary = self.vocabulary
        let result = analyse(text) { vocabulary.intern($0) }
        self.vocabulary = vocabulary
        return result
    }

    /// For an answer: words the scenario never uses get ids that match nothing.
    func analyse(_ text: String) -> AnalysedText {
        var unknown: UInt32 = 0
        return analyse(text) { word in
            if let id = vocabulary.id(of: word) { return id }
            unknown += 1
            return TokenKind.unknownWord.id(unknown)
        }
    }

    private func analyse(_ text: String, word: (String) -> UInt32) -> AnalysedText {
        let scalars = TextNormaliser.scalars(text)
        var compounds: [ConceptSpan] = []
        var tokens = Tokeniser.tokens(scalars, compounds: &compounds, word: word)
        phatic.mark(&tokens)
        let concepts = synonyms.concepts(in: tokens)
        negation.mark(&tokens) { !stopTokens.contains(UInt64($0)) }
        var features = features(of: tokens)
        for span in concepts {
            let covered = tokens[Int(span.first)..<Int(span.first + span.count)]
            if covered.allSatisfy(\.phatic) { continue }
            features.append(WeightedFeature(feature: MatchFeature.unigram(span.concept, negated: covered.contains { $0.negated }),
                                            weight: FeatureWeights.concept, position: span.first, width: span.count))
        }
        for compound in compounds where compound.concept & TokenKind.mask == TokenKind.word.rawValue && !tokens[Int(compound.first)].phatic {
            features.append(WeightedFeature(feature: MatchFeature.unigram(compound.concept, negated: tokens[Int(compound.first)].negated),
                                            weight: FeatureWeights.word, position: compound.first, width: compound.count))
        }
        return AnalysedText(scalars: scalars, tokens: tokens, concepts: concepts, features: features)
    }

    func isStop(_ id: UInt32) -> Bool { stopTokens.contains(UInt64(id)) }

    private func features(of tokens: [MatchToken]) -> [WeightedFeature] {
        var features: [WeightedFeature] = []
        features.reserveCapacity(tokens.count * 3)
        var previousStop = false
        for (i, token) in tokens.enumerated() {
            let stop = stopTokens.contains(UInt64(token.id))
            defer { previousStop = stop }
            if token.phatic { continue }
            let kind = token.kind
            let unigramWeight: Float
            switch kind {
            case .han: unigramWeight = stop ? 0 : FeatureWeights.hanUnigram
            case .concept: unigramWeight = FeatureWeights.concept
            case .word, .unknownWord: unigramWeight = stop ? 0 : FeatureWeights.word
            case .number: unigramWeight = FeatureWeights.number
            default: unigramWeight = 0
            }
            if unigramWeight > 0 {
                features.append(WeightedFeature(feature: MatchFeature.unigram(token.id, negated: token.negated),
                                                weight: unigramWeight, position: Int32(i), width: 1))
            }
            guard i > 0, !token.breakBefore, !tokens[i - 1].phatic else { continue }
            let previous = tokens[i - 1]
            let negated = token.negated || previous.negated
            let previousKind = previous.kind
            let weight: Float
            if kind == .han && previousKind == .han {
                weight = stop && previousStop ? FeatureWeights.hanBigramBothStop
                    : (stop || previousStop ? FeatureWeights.hanBigramOneStop : FeatureWeights.hanBigram)
                if !(stop && previousStop), let a = HanTable.pinyin(of: previous.id), let b = HanTable.pinyin(of: token.id) {
                    features.append(WeightedFeature(feature: MatchFeature.bigram(a, b, negated: negated),
                                                    weight: FeatureWeights.pinyinBigram, position: Int32(i - 1), width: 2))
                }
            } else if kind == .concept || previousKind == .concept || kind == .number || previousKind == .number {
                weight = FeatureWeights.conceptBigram
            } else if (kind == .word || kind == .unknownWord) && (previousKind == .word || previousKind == .unknownWord) {
                weight = stop || previousStop ? FeatureWeights.wordBigramStop : FeatureWeights.wordBigram
            } else {
                weight = FeatureWeights.mixedBigram
            }
            features.append(WeightedFeature(feature: MatchFeature.bigram(previous.id, token.id, negated: negated),
                                            weight: weight, position: Int32(i - 1), width: 2))
        }
        return features
    }
}
