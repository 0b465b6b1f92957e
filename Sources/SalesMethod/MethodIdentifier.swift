/// Every identifier enum of the method conforms to this: a stable raw id for files,
/// names for people, and aliases for what people actually type.
public protocol MethodIdentifier: RawRepresentable, CaseIterable, Sendable, Hashable, Codable
where RawValue == String, AllCases: RandomAccessCollection {
    var name: LocalizedName { get }
    /// Extra words a trainee may type for it (zh short forms, en synonyms), besides id and names.
    var aliases: [String] { get }
}

extension MethodIdentifier {
    public var aliases: [String] { [] }

    /// Every text that `parse` accepts for this value: id, names, aliases.
    public var spellings: [String] { [rawValue, name.zh, name.en] + aliases }

    /// All raw ids, in declaration order (for "expected one of …" messages).
    public static var identifiers: [String] { allCases.map(\.rawValue) }

    /// Parses what a person or a file says: the id (`decision_maker`), the zh name,
    /// the en name, or an alias; case-insensitive, ignores surrounding spaces, and
    /// treats `-`, `_` and spaces alike.
    public static func parse(_ text: String) -> Self? {
        let key = SpellingKey.normalize(text)
        guard !key.isEmpty else { return nil }
        // Ids first, so an alias of one case can never shadow another case's id.
        if let match = allCases.first(where: { SpellingKey.normalize($0.rawValue) == key }) {
            return match
        }
        return allCases.first { value in
            value.spellings.contains { SpellingKey.normalize($0) == key }
        }
    }

    /// Every spelling `parse` accepts, normalised, with the value it reads as — ids first, then the
    /// other spellings case by case, so a lookup agrees with `parse`. Build it once and look up
    /// `normalizedSpelling(text)` where the same words are parsed again and again.
    public static func spellingTable() -> [String: Self] {
        var table: [String: Self] = [:]
        for value in allCases {
            let key = SpellingKey.normalize(value.rawValue)
            if !key.isEmpty && table[key] == nil { table[key] = value }
        }
        for value in allCases {
            for spelling in value.spellings {
                let key = SpellingKey.normalize(spelling)
                if !key.isEmpty && table[key] == nil { table[key] = value }
            }
        }
        return table
    }

    /// `text` as `parse` compares it: lower-cased, trimmed, separators folded.
    public static func normalizedSpelling(_ text: String) -> String { SpellingKey.normalize(text) }

    /// Ids whose spellings are closest to `text`, best first, for "did you mean …" hints.
    public static func suggestions(for text: String, limit: Int = 3) -> [String] {
        let key = SpellingKey.normalize(text)
        guard !key.isEmpty, limit > 0 else { return [] }
        let scored = allCases.map { value -> (id: String, distance: Int) in
            let best = value.spellings
                .map { SpellingKey.distance(key, SpellingKey.normalize($0)) }
                .min() ?? Int.max
            return (value.rawValue, best)
        }
        // Only offer spellings that differ in at most about a third of their characters.
        let tolerance = max(1, key.count / 3)
        return scored
            .filter { $0.distance <= tolerance }
            .sorted { $0.distance < $1.distance }
            .prefix(limit)
            .map(\.id)
    }
}

/// How typed text and known spellings are compared.
enum SpellingKey {
    /// Lower-cased, trimmed, with runs of spaces, `-` and `_` folded into one space.
    /// Full-width `？` is folded too, since Chinese keyboards produce it for `?`.
    static func normalize(_ text: String) -> String {
        var result = ""
        var pendingSeparator = false
        for character in text.lowercased() {
            if character.isWhitespace || character == "-" || character == "_" {
                pendingSeparator = !result.isEmpty
                continue
            }
            if pendingSeparator {
                result.append(" ")
                pendingSeparator = false
            }
            result.append(character == "？" ? "?" : character)
        }
        return result
    }

    /// Levenshtein distance over characters.
    static func distance(_ a: String, _ b: String) -> Int {
        let a = Array(a), b = Array(b)
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous = Array(0...b.count)
        var current = previous
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                let substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)
                current[j] = min(previous[j] + 1, current[j - 1] + 1, substitution)
            }
            swap(&previous, &current)
        }
        return previous[b.count]
    }
}
