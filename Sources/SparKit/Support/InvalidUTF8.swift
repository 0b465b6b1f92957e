import Foundation

/// Where a file stops being UTF-8: a trainer saving in GBK or Latin-1 needs the line to look at,
/// not "the file is not UTF-8" at line 1.
public enum InvalidUTF8 {
    public struct Position: Sendable, Equatable {
        /// 1-based line and column (in characters, as every other diagnostic counts them).
        public var line: Int
        public var column: Int
        public var byte: UInt8
    }

    /// The first byte that is not part of valid UTF-8, or nil when the whole text is valid.
    public static func firstPosition(in data: Data) -> Position? {
        var line = 1, column = 1
        var iterator = data.makeIterator()
        var decoder = Unicode.UTF8()
        var offset = 0
        while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar):
                offset += UTF8.width(scalar)
                if scalar == "\n" { line += 1; column = 1 } else { column += 1 }
            case .emptyInput:
                return nil
            case .error:
                return Position(line: line, column: column, byte: data[data.startIndex + offset])
            }
        }
    }
}
