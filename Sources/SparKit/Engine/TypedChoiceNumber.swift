/// Reads a choice number the way trainees type one: `1`, full-width `１` (as a Chinese input
/// method gives it), `1.`, `1)`, `（1）`, `选1`, `第1个`, `第一个`, `one`, `the first`, `option 2`.
/// Also the yes and no that answer a "did you mean" question.
public enum TypedChoiceNumber {
    public static func number(in input: String) -> Int? {
        var text = ""
        for scalar in input.unicodeScalars {
            // Full-width forms to ASCII, so "１" and "（" read as "1" and "(".
            if (0xFF01...0xFF5E).contains(scalar.value), let folded = Unicode.Scalar(scalar.value - 0xFEE0) {
                text.unicodeScalars.append(folded)
            } else {
                text.unicodeScalars.append(scalar)
            }
        }
        text = text.lowercased().trimmingCharacters(in: .whitespaces)
        while let last = text.last, ".)。、:：!！?？ ".contains(last) { text.removeLast() }
        if text.hasPrefix("no.") { text.removeFirst(3) }
        while let first = text.first, "(#".contains(first) { text.removeFirst() }
        for prefix in ["the ", "option ", "choice ", "number ", "选项", "选择", "选", "第", "就", "要"] where text.hasPrefix(prefix) {
            text.removeFirst(prefix.count)
            text = text.trimmingCharacters(in: .whitespaces)
        }
        for suffix in [" one", " option", " choice", "个选项", "个", "项", "条", "种", "号", "吧"] where text.hasSuffix(suffix) && text.count > suffix.count {
            text.removeLast(suffix.count)
        }
        text = text.trimmingCharacters(in: .whitespaces)
        if let value = Int(text) { return value }
        return words[text]
    }

    static let words: [String: Int] = [
        "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10,
        "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
        "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
        "ninth": 9, "tenth": 10, "last": -1,
    ]

    public enum Reply: Sendable, Hashable { case yes, no }

    /// "是", "对", "yes", "没错" / "不是", "no", "都不是": a reply to "did you mean …?".
    public static func reply(in input: String) -> Reply? {
        var text = input.lowercased().trimmingCharacters(in: .whitespaces)
        while let last = text.last, ".。!！,，~ ".contains(last) { text.removeLast() }
        if noWords.contains(text) { return .no }
        if yesWords.contains(text) { return .yes }
        return nil
    }

    static let yesWords: Set<String> = ["是", "是的", "对", "对的", "对啊", "对对", "对对对", "没错", "嗯", "嗯嗯", "是啊", "就是", "就是这个",
                                        "yes", "yeah", "yep", "y", "correct", "right", "exactly", "that one", "that's it",
                                        "yes please", "sure"]
    static let noWords: Set<String> = ["不是", "不对", "都不是", "不", "否", "没有", "no", "nope", "n", "neither", "none",
                                       "not that", "no, neither"]
}
