import Foundation

/// Ranks the available choices for a typed answer: substring hits first, then character
/// bigram overlap (Chinese) and word overlap (English). Kept simple and explainable.
public struct TextMatcher: Sendable {
    public enum Result: Sendable, Hashable {
        case confident(Int)
        case uncertain([Int])
        case none
    }

    public init() {}

    public func match(_ input: String, candidates: [(number: Int, phrases: [String])]) -> Result {
        let query = Self.normalise(input)
        guard !query.isEmpty else { return .none }
        let ranked = candidates.map { candidate in
            (candidate.number, candidate.phrases.map { Self.similarity(query, Self.normalise($0)) }.max() ?? 0)
        }.sorted { $0.1 > $1.1 }
        guard let best = ranked.first, best.1 >= 0.3 else { return .none }
        let second = ranked.dropFirst().first?.1 ?? 0
        if best.1 >= 0.55 && best.1 - second >= 0.15 { return .confident(best.0) }
        let close = ranked.filter { $0.1 >= max(0.3, best.1 - 0.15) }.map(\.0)
        return .uncertain(Array(close.prefix(3)))
    }

    static func normalise(_ text: String) -> String {
        let folded = text.applyingTransform(.fullwidthToHalfwidth, reverse: false) ?? text
        return String(folded.lowercased().unicodeScalars.filter {
            !CharacterSet.punctuationCharacters.contains($0) && !CharacterSet.symbols.contains($0)
        }.map(Character.init)).trimmingCharacters(in: .whitespaces)
    }

    static func similarity(_ query: String, _ phrase: String) -> Double {
        guard !phrase.isEmpty else { return 0 }
        if query == phrase { return 1 }
        let compactQuery = query.replacingOccurrences(of: " ", with: "")
        let compactPhrase = phrase.replacingOccurrences(of: " ", with: "")
        if compactPhrase.count >= 2 && compactQuery.contains(compactPhrase) { return 0.9 }
        if compactQuery.count >= 4 && compactPhrase.contains(compactQuery) { return 0.8 }
        let a = grams(query), b = grams(phrase)
        guard !a.isEmpty, !b.isEmpty else { return 0 }
        let shared = a.intersection(b).count
        return 2 * Double(shared) / Double(a.count + b.count)
    }

    /// Words for Latin text, character bigrams for CJK runs.
    static func grams(_ text: String) -> Set<String> {
        var result: Set<String> = []
        var cjk: [Character] = []
        func flushCJK() {
            if cjk.count == 1 { result.insert(String(cjk)) }
            if cjk.count >= 2 { for i in 0..<(cjk.count - 1) { result.insert(String(cjk[i...i + 1])) } }
            cjk.removeAll()
        }
        var word = ""
        for character in text {
            if character.unicodeScalars.contains(where: { $0.value >= 0x2E80 }) {
                if !word.isEmpty { result.insert(stem(word)); word = "" }
                cjk.append(character)
            } else if character.isLetter || character.isNumber {
                flushCJK()
                word.append(character)
            } else {
                flushCJK()
                if !word.isEmpty { result.insert(stem(word)); word = "" }
            }
        }
        flushCJK()
        if !word.isEmpty { result.insert(stem(word)) }
        return result
    }

    static func stem(_ word: String) -> String {
        for suffix in ["ing", "ed", "es", "s"] where word.count > suffix.count + 2 && word.hasSuffix(suffix) {
            return String(word.dropLast(suffix.count))
        }
        return word
    }
}
