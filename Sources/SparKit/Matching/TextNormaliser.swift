/// Folds typed text into one form before matching: full-width to half-width, ASCII case,
/// traditional to simplified characters, common homophone slips, Chinese numerals to digits.
/// Works scalar by scalar (no Foundation transforms): it runs on every answer.
public enum TextNormaliser {
    /// The folded text, as the matcher reads it (punctuation and spaces are left for the tokeniser).
    public static func normalise(_ text: String) -> String {
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars(text))
        return String(view)
    }

    static func scalars(_ text: String) -> [Unicode.Scalar] {
        var result: [Unicode.Scalar] = []
        result.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars { result.append(fold(scalar)) }
        return ChineseNumerals.rewrite(result)
    }

    @inline(__always)
    static func fold(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        let value = scalar.value
        switch value {
        case 0x41...0x5A:
            return Unicode.Scalar(value + 0x20)!
        case 0xFF01...0xFF5E:
            return fold(Unicode.Scalar(value - 0xFEE0)!)
        case 0x3000:
            return " "
        case 0x2018, 0x2019:
            return "'"
        case HanTable.first...HanTable.last:
            return HanTable.fold(value).flatMap(Unicode.Scalar.init) ?? scalar
        default:
            return scalar
        }
    }
}
