/// How many terminal columns text occupies. Chinese characters take two columns,
/// so `String.count` would misalign tables and wrap lines in the wrong place.
public enum DisplayWidth {
    /// Width of a whole string; escape sequences count as zero.
    public static func of(_ s: String) -> Int {
        var total = 0
        if s.contains(AnsiEscapes.escapeCharacter) {
            for case .character(let c) in AnsiEscapes.tokens(s) { total += of(c) }
        } else {
            for c in s { total += of(c) }
        }
        return total
    }

    /// Width of one grapheme cluster: its widest scalar, because combining marks
    /// and joiners draw on top of their base rather than beside it.
    public static func of(_ c: Character) -> Int {
        let scalars = c.unicodeScalars
        if scalars.count == 1, let only = scalars.first { return of(only) }
        var widest = 0
        for scalar in scalars { widest = max(widest, of(scalar)) }
        // An emoji variation selector asks for the two-column emoji rendering (e.g. ❤️).
        if widest < 2, scalars.contains("\u{FE0F}"), let base = scalars.first, base.properties.isEmoji {
            return 2
        }
        return widest
    }

    /// Width of a single scalar, following East Asian Width with terminal conventions.
    public static func of(_ scalar: Unicode.Scalar) -> Int {
        let v = scalar.value
        if v < 0x20 || (0x7F..<0xA0).contains(v) { return 0 }
        // Latin-1 and friends; the soft hyphen (a format character) is drawn by terminals too.
        if v < 0x300 { return 1 }
        // CJK ideographs, most of Chinese text: wide, never zero-width or emoji.
        if (0x4E00...0x9FFF).contains(v) || (0x3400...0x4DBF).contains(v) { return 2 }
        if isZeroWidth(scalar) { return 0 }
        if isWide(v) || scalar.properties.isEmojiPresentation { return 2 }
        return 1
    }

    private static func isZeroWidth(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        // Hangul medial vowels and final consonants merge into the preceding syllable block.
        if (0x1160...0x11FF).contains(v) || (0xD7B0...0xD7FF).contains(v) { return true }
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .format:
            return true
        default:
            return false
        }
    }

    /// East Asian Wide and Fullwidth ranges (Unicode 15), excluding emoji, which
    /// are detected through their presentation property instead.
    private static let wideRanges: [ClosedRange<UInt32>] = [
        0x1100...0x115F,   // Hangul Jamo initial consonants
        0x2329...0x232A,   // angle brackets
        0x2E80...0x303E,   // CJK radicals, Kangxi, CJK symbols and punctuation
        0x3041...0x33FF,   // kana, Bopomofo, Hangul compatibility Jamo, CJK compatibility
        0x3400...0x4DBF,   // CJK extension A
        0x4E00...0x9FFF,   // CJK unified ideographs
        0xA000...0xA4CF,   // Yi
        0xA960...0xA97F,   // Hangul Jamo extended A
        0xAC00...0xD7A3,   // Hangul syllables
        0xF900...0xFAFF,   // CJK compatibility ideographs
        0xFE10...0xFE19,   // vertical forms
        0xFE30...0xFE6F,   // CJK compatibility forms, small form variants
        0xFF00...0xFF60,   // full-width ASCII and punctuation
        0xFFE0...0xFFE6,   // full-width signs
        0x16FE0...0x16FE4, // ideographic symbols
        0x17000...0x18CFF, // Tangut, Khitan
        0x1AFF0...0x1B2FF, // kana supplement and extensions, Nushu
        0x1F200...0x1F2FF, // enclosed ideographic supplement
        0x1F300...0x1F64F, // pictographs and emoticons (text-default ones are narrow below)
        0x1F900...0x1F9FF, // supplemental symbols and pictographs
        0x1FA70...0x1FAFF, // symbols and pictographs extended A
        0x20000...0x2FFFD, // CJK extensions B–F
        0x30000...0x3FFFD, // CJK extensions G–H
    ]

    private static func isWide(_ v: UInt32) -> Bool {
        guard v >= 0x1100 else { return false }
        // Binary search: the table is sorted and disjoint.
        var low = 0
        var high = wideRanges.count - 1
        while low <= high {
            let mid = (low + high) / 2
            let range = wideRanges[mid]
            if v < range.lowerBound {
                high = mid - 1
            } else if v > range.upperBound {
                low = mid + 1
            } else {
                return isTextPresentationPictograph(v) ? false : true
            }
        }
        return false
    }

    /// Pictographs in the wide emoji blocks that terminals draw as one column
    /// unless followed by U+FE0F (e.g. 🌡 U+1F321).
    private static func isTextPresentationPictograph(_ v: UInt32) -> Bool {
        guard (0x1F300...0x1F64F).contains(v) || (0x1F900...0x1F9FF).contains(v) else { return false }
        guard let scalar = Unicode.Scalar(v) else { return false }
        return !scalar.properties.isEmojiPresentation
    }
}
