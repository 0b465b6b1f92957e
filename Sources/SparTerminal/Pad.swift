/// Pads text to a column width, counting Chinese characters as two columns,
/// so tables line up in the terminal.
public enum Pad {
    /// Left-aligned: spaces appended. Text already wider is returned unchanged.
    public static func right(_ s: String, toWidth width: Int) -> String {
        s + spaces(width - DisplayWidth.of(s))
    }

    /// Right-aligned: spaces prepended. Text already wider is returned unchanged.
    public static func left(_ s: String, toWidth width: Int) -> String {
        spaces(width - DisplayWidth.of(s)) + s
    }

    /// Centred; an odd leftover column goes to the right.
    public static func center(_ s: String, toWidth width: Int) -> String {
        let missing = max(0, width - DisplayWidth.of(s))
        return spaces(missing / 2) + s + spaces(missing - missing / 2)
    }

    private static func spaces(_ count: Int) -> String {
        count > 0 ? String(repeating: " ", count: count) : ""
    }
}
