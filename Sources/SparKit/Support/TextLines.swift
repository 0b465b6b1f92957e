/// Where the lines of a text are, as byte ranges without their line ends: the one line splitter
/// behind reading transcripts and placing scenario diagnostics.
public enum TextLines {
    /// What ends a line.
    public enum Ends: Sendable {
        /// Where splitting the text on "\n" as a character would cut it: at every "\n" that is a
        /// character of its own, not the end of a "\r\n" (how scenario text is read and located).
        case newlineCharacter
        /// At every "\n", a "\r" before it left out: JSON Lines written with Windows line ends.
        case newlineOrCRLF
    }

    /// A text ending in a line end ends with an empty line.
    public static func ranges(_ bytes: UnsafeBufferPointer<UInt8>, ends: Ends = .newlineCharacter) -> [Range<Int>] {
        var ranges: [Range<Int>] = []
        var start = 0
        var previous: UInt8 = 0
        for (index, byte) in bytes.enumerated() {
            if byte == 0x0A {
                switch ends {
                case .newlineCharacter:
                    if previous != 0x0D {
                        ranges.append(start..<index)
                        start = index + 1
                    }
                case .newlineOrCRLF:
                    ranges.append(start..<(previous == 0x0D && index > start ? index - 1 : index))
                    start = index + 1
                }
            }
            previous = byte
        }
        ranges.append(start..<bytes.count)
        return ranges
    }
}
