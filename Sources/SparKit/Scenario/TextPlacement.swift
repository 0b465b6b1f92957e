/// Where each character of a scalar's parsed text stands in the file, so a problem found inside
/// an expression is reported at the right column even after escapes (`\"`, `''`) or characters
/// made of several Unicode scalars (columns count scalars, as libyaml does).
public struct TextPlacement: Sendable, Hashable {
    /// Where the text's first character stands.
    public var start: SourceLocation
    /// File columns after `start` for each character offset (one entry per character, plus the end).
    var columns: [Int]

    public init(start: SourceLocation, columns: [Int]) {
        self.start = start
        self.columns = columns
    }

    /// Plain text: each character is as many columns as it has Unicode scalars.
    public init(start: SourceLocation, text: String) {
        var columns = [0]
        for character in text { columns.append(columns.last! + character.unicodeScalars.count) }
        self.init(start: start, columns: columns)
    }

    /// Text parsed from a quoted scalar whose raw form (after the opening quote) is `raw`.
    init(start: SourceLocation, text: String, raw: Substring, doubleQuoted: Bool) {
        let rawScalars = Array(raw.unicodeScalars)
        var position = 0
        var columns = [0]
        for character in text {
            for _ in character.unicodeScalars {
                guard position < rawScalars.count else {
                    // The scalar goes on past this line: count the rest plainly.
                    self.init(start: start, text: text)
                    return
                }
                position += Self.rawWidth(at: position, in: rawScalars, doubleQuoted: doubleQuoted)
            }
            columns.append(position)
        }
        self.init(start: start, columns: columns)
    }

    static func rawWidth(at index: Int, in raw: [Unicode.Scalar], doubleQuoted: Bool) -> Int {
        let scalar = raw[index]
        if doubleQuoted && scalar == "\\", index + 1 < raw.count {
            switch raw[index + 1] {
            case "x": return 4
            case "u": return 6
            case "U": return 10
            default: return 2
            }
        }
        if !doubleQuoted && scalar == "'", index + 1 < raw.count, raw[index + 1] == "'" { return 2 }
        return 1
    }

    public func location(atCharacter offset: Int) -> SourceLocation {
        let clamped = max(0, min(offset, columns.count - 1))
        return start.advanced(by: columns.isEmpty ? offset : columns[clamped])
    }

    /// How many file columns the characters `offset..<offset+count` take.
    public func width(atCharacter offset: Int, count: Int) -> Int {
        guard !columns.isEmpty else { return count }
        let from = max(0, min(offset, columns.count - 1)), to = max(0, min(offset + count, columns.count - 1))
        return max(1, columns[to] - columns[from])
    }
}
