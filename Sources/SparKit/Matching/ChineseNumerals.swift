/// Rewrites Chinese numerals as ASCII digits ("九折" → "9折", "十五" → "15", "百分之十五" → "15"),
/// so "九五折" and "95折", "两周" and "2周" read the same.
enum ChineseNumerals {
    static let digits: [Unicode.Scalar: Int] = [
        "零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9,
    ]
    static let units: [Unicode.Scalar: Int] = ["十": 10, "百": 100, "千": 1000]
    static let percent: [Unicode.Scalar] = ["百", "分", "之"]

    static func rewrite(_ scalars: [Unicode.Scalar]) -> [Unicode.Scalar] {
        guard scalars.contains(where: { digits[$0] != nil || $0 == "十" }) else { return scalars }
        var result: [Unicode.Scalar] = []
        result.reserveCapacity(scalars.count)
        var i = 0
        while i < scalars.count {
            // "百分之十五" is 15 per cent: the percent sign is punctuation and goes anyway.
            if scalars[i] == "百", i + 3 < scalars.count, scalars[i + 1] == "分", scalars[i + 2] == "之",
               isNumeral(scalars[i + 3]) || ("0"..."9").contains(scalars[i + 3]) {
                i += 3
                continue
            }
            // A run must start with a digit or 十 ("百" alone is a word part, as in 百分之).
            guard digits[scalars[i]] != nil || scalars[i] == "十" else {
                result.append(scalars[i])
                i += 1
                continue
            }
            var end = i
            while end < scalars.count, isNumeral(scalars[end]) { end += 1 }
            result += String(value(of: scalars[i..<end])).unicodeScalars
            i = end
        }
        return result
    }

    static func isNumeral(_ scalar: Unicode.Scalar) -> Bool { digits[scalar] != nil || units[scalar] != nil }

    /// "九五" reads digit by digit (95); "三百五十" by units (350).
    static func value(of run: ArraySlice<Unicode.Scalar>) -> Int {
        if !run.contains(where: { units[$0] != nil }) {
            return run.reduce(0) { min($0 * 10 + (digits[$1] ?? 0), 99_999_999) }
        }
        var total = 0, current = 0
        for scalar in run {
            if let digit = digits[scalar] {
                current = digit
            } else if let unit = units[scalar] {
                total += (current == 0 ? 1 : current) * unit
                current = 0
            }
        }
        return total + current
    }
}
