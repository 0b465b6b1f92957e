import Foundation

/// Ranks a node's available choices for a typed answer, against each choice's `say` and `match`
/// phrases. Everything about the scenario's text is analysed once, at construction; an answer
/// costs one analysis and a dictionary probe per feature.
///
/// A choice's score mixes two views: how much of the answer the choice explains (so extra
/// words dilute it), and how much of one of its phrases the answer covers (so typing a `match`
/// phrase, or most of the `say`, is strong evidence). Negated words that the choice says plainly
/// count against it.
public struct ChoiceMatcher: Sendable {
    public let lexicon: SynonymLexicon
    public var tuning: MatchTuning
    var analyser: TextAnalyser
    var nodes: [String: NodeMatchIndex] = [:]

    public init(scenario: Scenario, lexicon: SynonymLexicon = .shipped, tuning: MatchTuning = .standard) {
        self.lexicon = lexicon.extended(with: scenario.synonyms)
        self.tuning = tuning
        analyser = TextAnalyser(lexicon: self.lexicon, names: scenario.contacts.map(\.name))
        for node in scenario.nodes where !node.choices.isEmpty {
            let phrases = node.choices.map { choice in
                ([choice.say] + choice.match).map { analyser.analyseLearning($0) }
            }
            nodes[node.id] = NodeMatchIndex(phrases: phrases)
        }
    }

    /// Ranks `available` (the number the trainee sees, and the choice's position in the node).
    public func rank(_ input: String, node: String, available: [(number: Int, index: Int)]) -> MatchResult {
        let text = analyser.analyse(input)
        let normalised = text.normalised
        guard let index = nodes[node], !available.isEmpty else {
            return MatchResult(outcome: .none, candidates: [], normalisedInput: normalised)
        }
        if !text.tokens.isEmpty, text.tokens.allSatisfy({ $0.phatic || $0.name || analyser.isStop($0.id) }) {
            // Never confident; but a choice that is itself only a pleasantry ("好的，谢谢徐总！") may be offered.
            let candidates = available.map { MatchCandidate(number: $0.number, index: $0.index, score: 0, matched: []) }
            let pleasantries = candidates.filter { index.isPleasantry($0.index) }.map(\.number)
            return MatchResult(outcome: pleasantries.isEmpty ? .none : .uncertain, candidates: candidates,
                               asked: Array(pleasantries.prefix(3)), normalisedInput: normalised, shortfall: .pleasantriesOnly)
        }
        var matched = [Float](repeating: 0, count: index.choiceCount)
        var conflict = [Float](repeating: 0, count: index.choiceCount)
        var phraseMatched = [Float](repeating: 0, count: index.phraseTotals.count)
        // Per answer feature, which choices it matched (bit per choice; evidence for the first 64).
        var matchedMask = [UInt64](repeating: 0, count: text.features.count)
        var matchedWeight = [Float](repeating: 0, count: text.features.count)
        var conflictMask = [UInt64](repeating: 0, count: text.features.count)
        var answerTotal: Float = 0
        let unknownWeight = Float(tuning.unknownWeight), sharedWeight = Float(tuning.sharedWeight)
        let penalty = Float(tuning.conflictPenalty)
        let share = Float(tuning.answerShare), exponent = Float(tuning.coverageExponent)
        for (k, feature) in text.features.enumerated() {
            if let posting = index.postings[feature.feature] {
                let weight = feature.weight * posting.specificity
                matchedWeight[k] = weight
                answerTotal += weight + feature.weight * (1 - posting.specificity) * sharedWeight
                var lastChoice: Int32 = -1
                for entry in index.entries[Int(posting.start)..<Int(posting.end)] {
                    if entry.choice != lastChoice {
                        matched[Int(entry.choice)] += weight
                        if entry.choice < 64 { matchedMask[k] |= 1 << UInt64(entry.choice) }
                        lastChoice = entry.choice
                    }
                    phraseMatched[Int(entry.phrase)] += entry.weight * posting.specificity
                }
            } else {
                answerTotal += feature.weight * unknownWeight
            }
            if let opposite = index.postings[feature.feature ^ MatchFeature.negated] {
                let weight = feature.weight * opposite.specificity
                var lastChoice: Int32 = -1
                for entry in index.entries[Int(opposite.start)..<Int(opposite.end)] where entry.choice != lastChoice {
                    lastChoice = entry.choice
                    // A choice that also says it plainly (a `match` phrase, say) is not contradicted.
                    if entry.choice < 64 && matchedMask[k] & (1 << UInt64(entry.choice)) != 0 { continue }
                    conflict[Int(entry.choice)] += weight
                    if entry.choice < 64 { conflictMask[k] |= 1 << UInt64(entry.choice) }
                }
            }
        }
        var candidates: [MatchCandidate] = []
        candidates.reserveCapacity(available.count)
        for (number, choice) in available where choice < index.choiceCount {
            var score: Float = 0
            if answerTotal > 0 {
                let explained = max(0, matched[choice] - penalty * conflict[choice]) / answerTotal
                var covered: Float = 0
                for phrase in index.phraseRanges[choice] where index.phraseTotals[phrase] > 0 {
                    covered = max(covered, min(1, phraseMatched[phrase] / index.phraseTotals[phrase]))
                }
                if conflict[choice] > 0 { covered = max(0, covered - penalty * conflict[choice] / answerTotal) }
                covered = exponent == 2 ? covered * covered : Float(pow(Double(covered), Double(exponent)))
                score = share * explained + (1 - share) * covered
            }
            candidates.append(MatchCandidate(number: number, index: choice, score: Double(min(1, score)), matched: []))
        }
        candidates.sort { $0.score != $1.score ? $0.score > $1.score : $0.number < $1.number }
        for i in candidates.indices where i < 3 {
            candidates[i].matched = evidence(for: candidates[i].index, text: text, matched: matchedMask, conflicts: conflictMask)
        }
        var result = decide(candidates)
        result.normalisedInput = normalised
        if result.outcome == .none, result.shortfall == nil { result.shortfall = .offTopic }
        guard result.outcome == .confident, let best = candidates.first else { return result }
        let others = alsoSaid(besides: best.index, candidates: candidates, index: index, matched: matchedMask, weights: matchedWeight)
        if !others.isEmpty {
            return MatchResult(outcome: .uncertain, candidates: candidates, asked: ([best.number] + others).prefix(3).map { $0 },
                               normalisedInput: normalised, shortfall: .severalAnswers)
        }
        if substance(of: best.index, text: text, matched: matchedMask) < Float(tuning.minimumSubstance) {
            var asked = [best.number]
            if candidates.count > 1, candidates[1].score >= tuning.none / 2 { asked.append(candidates[1].number) }
            return MatchResult(outcome: .uncertain, candidates: candidates, asked: asked, normalisedInput: normalised,
                               shortfall: .tooLittle)
        }
        return result
    }

    /// The other candidates (numbers) whose own `say` the answer covers in good part with words
    /// the best choice does not have: an answer that says several choices at once.
    private func alsoSaid(besides best: Int, candidates: [MatchCandidate], index: NodeMatchIndex,
                          matched: [UInt64], weights: [Float]) -> [Int] {
        guard best < 64 else { return [] }
        var exclusive = [Float](repeating: 0, count: index.choiceCount)
        let bestBit: UInt64 = 1 << UInt64(best)
        for k in matched.indices {
            var others = matched[k] & ~bestBit
            while others != 0 {
                let choice = others.trailingZeroBitCount
                exclusive[choice] += weights[k]
                others &= others - 1
            }
        }
        return candidates.dropFirst().filter { candidate in
            guard candidate.score >= tuning.none, let say = index.phraseRanges[candidate.index].first,
                  index.phraseTotals[say] > 0 else { return false }
            return exclusive[candidate.index] / index.phraseTotals[say] >= Float(tuning.stuffedCoverage)
        }.map(\.number)
    }

    /// How much an answer says for a choice: each content token the choice matched (a Chinese
    /// character 1, a number 1½, a word 2), half that for content it did not match, and a little
    /// for each stop word or negation word (¼ a character, ½ a word); names, greetings and fillers
    /// count nothing.
    /// A lone keyword comes to 2 or less; the same keyword in a sentence ("what budget do you
    /// have", "那我给你们打个折") to more. 0 when the choice matched too little of the answer's content.
    private func substance(of choice: Int, text: AnalysedText, matched: [UInt64]) -> Float {
        guard choice < 64 else { return .infinity }
        let bit: UInt64 = 1 << UInt64(choice)
        var covered = [Bool](repeating: false, count: text.tokens.count)
        for (k, feature) in text.features.enumerated() where matched[k] & bit != 0 {
            for i in Int(feature.position)..<Int(feature.position + feature.width) { covered[i] = true }
        }
        var total: Float = 0, matchedContent: Float = 0, content: Float = 0
        var asideTopic = false, deniesOther = false
        for (i, token) in text.tokens.enumerated() where !token.phatic && !token.name {
            if token.smallTalk && !covered[i] { asideTopic = true }
            if token.negated && !covered[i] && !analyser.isStop(token.id) { deniesOther = true }
            let isHan = token.kind == .han
            // A negation word says how, not what: matching the 不 of a choice's 能不能 is no substance.
            if analyser.isStop(token.id) || token.negationCue {
                total += isHan ? 0.25 : 0.5
                continue
            }
            let units: Float = isHan ? 1 : (token.kind == .number ? 1.5 : 2)
            content += units
            if covered[i] {
                total += units
                matchedContent += units
            } else {
                total += units / 2
            }
        }
        // Without two units of content matched, or when most of what the answer says is about
        // something else, the choice is not what the answer is about. An answer that denies something the choice does not speak of, matching it by one word
        // only ("这个价格我们是一分都不会降的" at a choice that says "既然价格到位了"), is about what it denies.
        if deniesOther && matchedContent <= 2 { return 0 }
        // An answer that brings up a small-talk subject the choice does not speak of is an aside,
        // whatever else it shares with the choice ("great weather today" at "Great to hear… today").
        if asideTopic { return 0 }
        return matchedContent < 2 || matchedContent < Float(tuning.minimumMatchedShare) * content ? 0 : total
    }

    /// How alike two phrases read to the matcher, 0…1: the weight of the n-grams, words and
    /// concepts they share over the weight of the larger (single characters and sounds left out:
    /// they make any two Chinese sentences look alike). Near-identical says score ~0.8–1.
    public func similarity(_ a: String, _ b: String) -> Double {
        func weights(_ text: String) -> [UInt64: Float] {
            var result: [UInt64: Float] = [:]
            for feature in analyser.analyse(text).features {
                let token = UInt32(truncatingIfNeeded: feature.feature & 0x0FFF_FFFF)
                let isHanUnigram = !MatchFeature.isBigram(feature.feature) && token & TokenKind.mask == TokenKind.han.rawValue
                let isPinyin = MatchFeature.isBigram(feature.feature) && token & TokenKind.mask == TokenKind.pinyin.rawValue
                guard !isHanUnigram, !isPinyin else { continue }
                result[feature.feature] = max(result[feature.feature] ?? 0, feature.weight)
            }
            return result
        }
        // Summed in feature order, so the same two phrases always give the same figure.
        let x = weights(a), y = weights(b)
        let xs = x.sorted { $0.key < $1.key }, ys = y.sorted { $0.key < $1.key }
        let larger = max(xs.reduce(0) { $0 + $1.value }, ys.reduce(0) { $0 + $1.value })
        guard larger > 0 else { return 0 }
        let shared = xs.reduce(Float(0)) { sum, entry in y[entry.key].map { sum + min($0, entry.value) } ?? sum }
        return Double(shared / larger)
    }

    /// Confident, uncertain (with the candidates to offer) or none, from the ranked scores.
    func decide(_ candidates: [MatchCandidate]) -> MatchResult {
        guard let best = candidates.first, best.score >= tuning.none else {
            return MatchResult(outcome: .none, candidates: candidates)
        }
        let second = candidates.count > 1 ? candidates[1].score : 0
        if best.score >= tuning.confident && best.score - second >= tuning.margin {
            return MatchResult(outcome: .confident, candidates: candidates)
        }
        var asked = candidates.prefix(3).filter { $0.score >= max(tuning.none, best.score - tuning.band) }.map(\.number)
        // A weak best alone: offer the runner-up too when it has any footing.
        if asked.count == 1, candidates.count > 1, candidates[1].score >= tuning.none / 2 { asked.append(candidates[1].number) }
        return MatchResult(outcome: .uncertain, candidates: candidates, asked: asked)
    }

    /// The answer's matched spans for one choice, and the concepts behind them.
    private func evidence(for choice: Int, text: AnalysedText, matched: [UInt64], conflicts: [UInt64]) -> [String] {
        guard choice < 64, !text.tokens.isEmpty else { return [] }
        let bit: UInt64 = 1 << UInt64(choice)
        var covered = [Bool](repeating: false, count: text.tokens.count)
        var contradicted = [Bool](repeating: false, count: text.tokens.count)
        for (k, feature) in text.features.enumerated() {
            let range = Int(feature.position)..<Int(feature.position + feature.width)
            if matched[k] & bit != 0 { for i in range { covered[i] = true } }
            if conflicts[k] & bit != 0 { for i in range where text.tokens[i].negated { contradicted[i] = true } }
        }
        var result: [String] = []
        var i = 0
        while i < covered.count {
            guard covered[i] else { i += 1; continue }
            var j = i
            while j + 1 < covered.count, covered[j + 1], !text.tokens[j + 1].breakBefore { j += 1 }
            // A span of stop words alone ("我们") is noise, not evidence.
            if (i...j).contains(where: { !analyser.isStop(text.tokens[$0].id) }) {
                var span = text.text(i...j)
                for concept in text.concepts where Int(concept.first) >= i && Int(concept.first) <= j {
                    let surface = text.text(Int(concept.first)...Int(concept.first + concept.count - 1))
                    let name = analyser.synonyms.name(of: concept.concept, latin: surface.unicodeScalars.allSatisfy(\.isASCII))
                    if surface != analyser.synonyms.normalisedName(of: concept.concept) { span += " (\(surface)≈\(name))" }
                }
                result.append(span)
            }
            i = j + 1
        }
        for i in contradicted.indices where contradicted[i] && !analyser.isStop(text.tokens[i].id) {
            result.append("¬" + text.text(i...i))
        }
        return result
    }
}
