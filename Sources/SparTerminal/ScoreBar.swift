/// A horizontal bar for scorecards, e.g. "██████░░░░" for 0.6 at width 10.
public enum ScoreBar {
    public static let filledCell: Character = "█"
    public static let emptyCell: Character = "░"

    /// `fraction` is clamped to 0...1; NaN draws an all-empty bar, since an
    /// undefined score should not look like a result.
    public static func render(fraction: Double, width: Int) -> String {
        guard width > 0 else { return "" }
        let clamped = fraction.isNaN ? 0 : min(1, max(0, fraction))
        let filled = Int((clamped * Double(width)).rounded())
        return String(repeating: filledCell, count: filled) + String(repeating: emptyCell, count: width - filled)
    }
}
