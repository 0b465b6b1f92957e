/// Toneless pinyin per common character (from `PinyinTable`), as pinyin token ids: the sound
/// of a bigram survives an input-method slip that changes its characters.
enum PinyinIndex {
    static let syllables: [UInt32: UInt32] = {
        var result: [UInt32: UInt32] = [:]
        result.reserveCapacity(6800)
        var syllable: UInt32 = 0
        for line in PinyinTable.lines.split(separator: "\n") {
            guard let colon = line.firstIndex(of: ":") else { continue }
            let id = TokenKind.pinyin.id(syllable)
            syllable += 1
            for scalar in line[line.index(after: colon)...].unicodeScalars where scalar.value > 0x7F {
                result[scalar.value] = id
            }
        }
        return result
    }()
}
