extension ReadlineEditor {
    /// Marks colour codes in a prompt as invisible to readline (between \u{01}
    /// and \u{02}); otherwise readline counts them as columns and the cursor
    /// lands in the wrong place. Already-marked regions are left alone, so
    /// applying this twice is harmless.
    public static func readlineSafePrompt(_ s: String) -> String {
        guard s.contains(AnsiEscapes.escapeCharacter) else { return s }
        var result = ""
        var insideIgnoredRegion = false
        for token in AnsiEscapes.tokens(s) {
            switch token {
            case .character(let c):
                if c == ignoreStart { insideIgnoredRegion = true }
                if c == ignoreEnd { insideIgnoredRegion = false }
                result.append(c)
            case .escape(let escape):
                if insideIgnoredRegion {
                    result += escape
                } else {
                    result.append(ignoreStart)
                    result += escape
                    result.append(ignoreEnd)
                }
            }
        }
        return result
    }

    /// RL_PROMPT_START_IGNORE / RL_PROMPT_END_IGNORE.
    static let ignoreStart: Character = "\u{01}"
    static let ignoreEnd: Character = "\u{02}"
}
