/// Per-character facts for the CJK Unified Ideographs block (U+4E00–U+9FFF, where all common
/// characters live) in flat arrays: folding and pinyin are an array read, not a hash probe.
public enum HanTable {
    public static let first: UInt32 = 0x4E00
    public static let last: UInt32 = 0x9FFF

    /// Traditional → simplified, then homophone folding; 0 where a character stays as it is.
    static let folds: [UInt32] = {
        var table = [UInt32](repeating: 0, count: Int(last - first + 1))
        var homophones: [UInt32: UInt32] = [:]
        for (typed, folded) in HomophoneFolding.pairs {
            homophones[typed.unicodeScalars.first!.value] = folded.unicodeScalars.first!.value
        }
        let pairs = Array(TraditionalChineseTable.pairs.unicodeScalars.filter { $0.value > 0x7F })
        var i = 0
        while i + 1 < pairs.count {
            let simplified = pairs[i + 1].value
            if (first...last).contains(pairs[i].value) {
                table[Int(pairs[i].value - first)] = homophones[simplified] ?? simplified
            }
            i += 2
        }
        for (typed, folded) in homophones where (first...last).contains(typed) { table[Int(typed - first)] = folded }
        return table
    }()

    /// The pinyin token of each character (`PinyinTable`); 0 where unknown.
    static let pinyin: [UInt32] = {
        var table = [UInt32](repeating: 0, count: Int(last - first + 1))
        var syllable: UInt32 = 0
        for line in PinyinTable.lines.split(separator: "\n") {
            guard let colon = line.firstIndex(of: ":") else { continue }
            let id = TokenKind.pinyin.id(syllable)
            syllable += 1
            for scalar in line[line.index(after: colon)...].unicodeScalars where (first...last).contains(scalar.value) {
                table[Int(scalar.value - first)] = id
            }
        }
        return table
    }()

    @inline(__always)
    static func fold(_ value: UInt32) -> UInt32? {
        guard value >= first, value <= last else { return nil }
        let folded = folds[Int(value - first)]
        return folded == 0 ? nil : folded
    }

    @inline(__always)
    static func pinyin(of value: UInt32) -> UInt32? {
        guard value >= first, value <= last else { return nil }
        let id = pinyin[Int(value - first)]
        return id == 0 ? nil : id
    }
}
