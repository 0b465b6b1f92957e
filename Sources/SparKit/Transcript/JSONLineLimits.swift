/// Bounds on one transcript line, checked by one iterative pass before any JSON reader sees it:
/// the readers behind it (the decoder, and the record reader skipping unknown values) recurse
/// once per level of nesting, so a line nested a hundred thousand levels deep would overflow the
/// stack. spar writes lines three levels deep and a few kilobytes long.
public enum JSONLineLimits {
    /// Levels of nested objects and arrays a line may have.
    public static let maxDepth = 32
    /// Bytes a line may have (answers are cut at 2,000 characters; this leaves room for the rest).
    public static let maxBytes = 1 << 20

    /// Why the line is refused and the 1-based column (byte) where that became clear; nil when
    /// it is within bounds. Brackets inside strings are skipped.
    public static func violation(_ line: UnsafeBufferPointer<UInt8>) -> (message: String, column: Int)? {
        if line.count > maxBytes {
            return ("the line is \(line.count) bytes long, more than the \(maxBytes) a transcript line may have", 1)
        }
        var depth = 0
        var inString = false
        var escaped = false
        for (index, byte) in line.enumerated() {
            if inString {
                if escaped { escaped = false } else if byte == 0x5C { escaped = true } else if byte == 0x22 { inString = false }
                continue
            }
            switch byte {
            case 0x22: inString = true
            case 0x7B, 0x5B:
                depth += 1
                if depth > maxDepth {
                    return ("the line nests objects and arrays more than \(maxDepth) levels deep", index + 1)
                }
            case 0x7D, 0x5D: depth = max(0, depth - 1)
            default: break
            }
        }
        return nil
    }
}
