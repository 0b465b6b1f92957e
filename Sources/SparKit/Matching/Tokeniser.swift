/// Splits normalised text into tokens: each CJK character on its own (no word segmentation:
/// character n-grams do that work), English words stemmed, digit runs as numbers.
/// Clause punctuation marks a break; spaces, hyphens and quotes only separate.
enum Tokeniser {
    static func tokens(_ scalars: [Unicode.Scalar], wildcards: Bool = false,
                       word: (String) -> UInt32) -> [MatchToken] {
        var ignored: [ConceptSpan] = []
        return tokens(scalars, wildcards: wildcards, compounds: &ignored, word: word)
    }

    /// Also collects hyphenated compounds ("mis-pick", "on-site") as the joined word over their
    /// parts, so "mispicks" and "onsite" match them as well as "mis pick" and "on site" do.
    static func tokens(_ scalars: [Unicode.Scalar], wildcards: Bool = false, compounds: inout [ConceptSpan],
                       word: (String) -> UInt32) -> [MatchToken] {
        var tokens: [MatchToken] = []
        var compound = ""
        var compoundStart = -1
        tokens.reserveCapacity(scalars.count)
        var pendingBreak = false
        var pendingSpace = false
        var i = 0
        let count = scalars.count
        func push(_ id: UInt32, _ start: Int, _ end: Int) {
            let betweenHan = pendingSpace && (tokens.last?.kind == .han) && TokenKind(rawValue: id & TokenKind.mask) == .han
            tokens.append(MatchToken(id: id, start: Int32(start), end: Int32(end), breakBefore: pendingBreak,
                                     spaceBefore: betweenHan))
            pendingBreak = false
            pendingSpace = false
        }
        while i < count {
            let scalar = scalars[i]
            let value = scalar.value
            if isWordScalar(scalar) {
                let start = i
                var text = ""
                while i < count {
                    let s = scalars[i]
                    if isWordScalar(s) {
                        text.unicodeScalars.append(s)
                    } else if s == "'", i + 1 < count, isWordScalar(scalars[i + 1]) {
                        // "don't" reads "dont"
                    } else {
                        break
                    }
                    i += 1
                }
                if let number = numberWords[text] {
                    push(TokenKind.number.id(number), start, i)
                } else {
                    push(word(EnglishStemmer.stem(text)), start, i)
                }
                let hyphenated = i + 1 < count && scalars[i] == "-" && isWordScalar(scalars[i + 1])
                if compoundStart >= 0 || hyphenated {
                    if compoundStart < 0 { compoundStart = tokens.count - 1 }
                    compound += text
                    if !hyphenated {
                        compounds.append(ConceptSpan(concept: word(EnglishStemmer.stem(compound)), first: Int32(compoundStart),
                                                     count: Int32(tokens.count - compoundStart)))
                        compound = ""
                        compoundStart = -1
                    }
                }
            } else if value >= 0x30, value <= 0x39 {
                let start = i
                var number: UInt32 = 0
                while i < count {
                    let v = scalars[i].value
                    if v >= 0x30, v <= 0x39 {
                        number = min(number &* 10 &+ (v - 0x30), TokenKind.valueMask)
                    } else if v == 0x2E, i + 1 < count, scalars[i + 1].value >= 0x30, scalars[i + 1].value <= 0x39 {
                        // "9.5折" reads like "九五折" (95)
                    } else {
                        break
                    }
                    i += 1
                }
                push(TokenKind.number.id(number), start, i)
            } else if isCJK(value) {
                push(value, i, i + 1)
                i += 1
            } else if wildcards, scalar == "#" {
                push(TokenKind.anyNumber.rawValue, i, i + 1)
                i += 1
            } else {
                if clauseBreaks.contains(value) { pendingBreak = true }
                if value == 0x20 { pendingSpace = true }
                i += 1
            }
        }
        return tokens
    }

    @inline(__always)
    static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        if v >= 0x61 && v <= 0x7A { return true }
        return v >= 0xC0 && v < 0x2E80 && scalar.properties.isAlphabetic
    }

    @inline(__always)
    static func isCJK(_ value: UInt32) -> Bool {
        (0x3040...0x30FF).contains(value) || (0x3400...0x9FFF).contains(value) || (0xF900...0xFAFF).contains(value)
            || (0xAC00...0xD7AF).contains(value) || (0x20000...0x2FFFF).contains(value)
    }

    /// English number words read as numbers: "five percent" is "5%".
    static let numberWords: [String: UInt32] = [
        "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
        "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
        "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
        "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100, "thousand": 1000,
        // Dates: "the twelfth of May" is "12 May" ("first" and "second" mean too much else).
        "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10,
        "eleventh": 11, "twelfth": 12, "thirteenth": 13, "fourteenth": 14, "fifteenth": 15, "sixteenth": 16,
        "seventeenth": 17, "eighteenth": 18, "nineteenth": 19, "twentieth": 20, "thirtieth": 30,
    ]

    /// Sentence and clause punctuation (after full-width folding).
    static let clauseBreaks: Set<UInt32> = Set(",.;:!?\n\t…、。；：！？，".unicodeScalars.map(\.value))
}
