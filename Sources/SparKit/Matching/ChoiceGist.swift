import SalesMethod

/// A few words on what a choice is about, for an exam-mode "did you mean" that must not show
/// the options' text: the author's `gist`, else the concepts and phrases of its `say` that no
/// other choice of the node has ("质保、业绩", "the parallel run").
extension ChoiceMatcher {
    public func gist(of choice: Choice, at position: Int, node: String, language: Language) -> String {
        if let gist = choice.gist, !gist.isEmpty { return gist }
        guard let index = nodes[node] else { return fallbackGist(language) }
        let text = analyser.analyse(choice.say)
        guard !text.tokens.isEmpty else { return fallbackGist(language) }
        var concepts: [String] = []
        var own = [Bool](repeating: false, count: text.tokens.count)
        for feature in text.features {
            guard let posting = index.postings[feature.feature], posting.specificity > 0.999,
                  index.entries[Int(posting.start)].choice == Int32(position) else { continue }
            let token = UInt32(truncatingIfNeeded: feature.feature & 0x0FFF_FFFF)
            if !MatchFeature.isBigram(feature.feature), token & TokenKind.mask == TokenKind.concept.rawValue {
                let name = analyser.synonyms.name(of: token, latin: language == .en)
                if !concepts.contains(name) { concepts.append(name) }
            } else if MatchFeature.isBigram(feature.feature), token & TokenKind.mask != TokenKind.pinyin.rawValue {
                for i in Int(feature.position)..<Int(feature.position + feature.width) { own[i] = true }
            }
        }
        var spans: [String] = []
        var i = 0
        while i < own.count {
            guard own[i], !text.tokens[i].phatic, !text.tokens[i].name else { i += 1; continue }
            var j = i
            while j + 1 < own.count, own[j + 1], !text.tokens[j + 1].breakBefore, !text.tokens[j + 1].phatic { j += 1 }
            // Short fragments only: a gist names the topic, it does not quote the option.
            let limit = language == .zh ? 4 : 3
            if (i...j).contains(where: { !analyser.isStop(text.tokens[$0].id) }) {
                spans.append(text.text(i...min(j, i + limit - 1)))
            }
            i = j + 1
        }
        let parts = Array((concepts + spans).prefix(2))
        return parts.isEmpty ? fallbackGist(language) : parts.joined(separator: language == .zh ? "、" : ", ")
    }

    private func fallbackGist(_ language: Language) -> String { language == .zh ? "另一种说法" : "something else" }
}
