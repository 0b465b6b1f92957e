/// Rewrites Chinese numerals as ASCII digits ("九折" → "9折", "十五" → "15", "百分之十五" → "15"),
/// so "九五折" and "95折", "两周" and "2周" read the same.
enum ChineseNumerals {
    static func digit(_ scalar: Unicode.Scalar) -> Int? {
        switch scalar {
        case "零", "〇": 0
        case "一": 1
        case "二", "两": 2
        case "三": 3
        case "四": 4
        case "五": 5
        case "六": 6
        case "七": 7
        case "八": 8
        case "九": 9
        default: nil
        }
    }

    static func unit(_ scalar: Unicode.Scalar) -> Int? {
        switch scalar {
        case "十": 10
        case "百": 100
        case "千": 1000
        default: nil
        }
    }

    static func rewrite(_ scalars: [Unicode.Scalar]) -> [Unicode.Scalar] {
        guard scalars.contains(where: { digit($0) != nil || $0 == "十" }) else { return scalars }
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
            guard digit(scalars[i]) != nil || scalars[i] == "十" else {
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

    static func isNumeral(_ scalar: Unicode.Scalar) -> Bool { digit(scalar) != nil || unit(scalar) != nil }

    /// "九五" reads digit by digit (95); "三百五十" by units (350).
    static func value(of run: ArraySlice<Unicode.Scalar>) -> Int {
        if !run.contains(where: { unit($0) != nil }) {
            return run.reduce(0) { min($0 * 10 + (digit($1) ?? 0), 99_999_999) }
        }
        var total = 0, current = 0
        for scalar in run {
            if let value = digit(scalar) {
                current = value
            } else if let unit = unit(scalar) {
                total += (current == 0 ? 1 : current) * unit
                current = 0
            }
        }
        return total + current
    }
}
