/// Where the lines of a text are, as byte ranges without their line ends: the one line splitter
/// behind reading transcripts and placing scenario diagnostics.
public enum TextLines {
    /// Cut where splitting the text on "\n" as a character would cut it: at every "\n" that is a
    /// character of its own, not the end of a "\r\n". A text ending in "\n" ends with an empty line.
    public static func ranges(_ bytes: UnsafeBufferPointer<UInt8>) -> [Range<Int>] {
        var ranges: [Range<Int>] = []
        var start = 0
        var previous: UInt8 = 0
        for (index, byte) in bytes.enumerated() {
            if byte == 0x0A && previous != 0x0D {
                ranges.append(start..<index)
                start = index + 1
            }
            previous = byte
        }
        ranges.append(start..<bytes.count)
        return ranges
    }
}
