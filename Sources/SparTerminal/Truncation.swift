/// Shortens text to a column width, for table cells that must not overflow.
public enum Truncation {
    /// Returns `s` unchanged if it fits; otherwise cuts it so that the result,
    /// including `ellipsis`, is at most `width` columns. Colour codes are kept
    /// and closed if the cut leaves one open.
    public static func truncate(_ s: String, toWidth width: Int, ellipsis: String = "…") -> String {
        guard DisplayWidth.of(s) > width else { return s }
        let ellipsisWidth = DisplayWidth.of(ellipsis)
        guard width >= ellipsisWidth else { return "" }
        let budget = width - ellipsisWidth
        var result = ""
        var used = 0
        var sawStyle = false
        for token in AnsiEscapes.tokens(s) {
            switch token {
            case .escape(let escape):
                result += escape
                sawStyle = sawStyle || AnsiEscapes.isStyle(escape)
            case .character(let c):
                let w = DisplayWidth.of(c)
                if used + w > budget { return finish(result, ellipsis, closeStyles: sawStyle) }
                result.append(c)
                used += w
            }
        }
        return finish(result, ellipsis, closeStyles: sawStyle)
    }

    private static func finish(_ text: String, _ ellipsis: String, closeStyles: Bool) -> String {
        text + ellipsis + (closeStyles ? AnsiEscapes.reset : "")
    }
}
