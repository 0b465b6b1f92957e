/// Light suffix stripping so "prices", "pricing" and "priced" read as one word. Deliberately
/// simpler than Porter: sales answers are short and meaning-bearing words are few.
enum EnglishStemmer {
    static func stem(_ word: String) -> String {
        var chars = Array(word.utf8)
        guard chars.count > 3 else { return word }
        func ends(_ suffix: String) -> Bool {
            let s = Array(suffix.utf8)
            return chars.count > s.count && Array(chars.suffix(s.count)) == s
        }
        func undouble() {
            if chars.count >= 3, chars[chars.count - 1] == chars[chars.count - 2],
               !"aeioulsz".utf8.contains(chars[chars.count - 1]) { chars.removeLast() }
        }
        if ends("ies") && chars.count > 4 {
            chars.removeLast(3); chars.append(UInt8(ascii: "y"))
        } else if ends("sses") {
            chars.removeLast(2)
        } else if ends("ing") && chars.count > 5 {
            chars.removeLast(3); undouble()
        } else if ends("ed") && chars.count > 4 {
            chars.removeLast(2); undouble()
        } else if ends("es") && (ends("ches") || ends("shes") || ends("xes") || ends("zes")) {
            chars.removeLast(2)
        } else if ends("s") && !ends("ss") && !ends("us") && !ends("is") {
            chars.removeLast()
        }
        // "price"/"pricing", "delivery"/"deliver": the final e or y is dropped everywhere.
        if chars.count > 4, chars.last == UInt8(ascii: "e") || chars.last == UInt8(ascii: "y") { chars.removeLast() }
        return String(decoding: chars, as: UTF8.self)
    }
}
