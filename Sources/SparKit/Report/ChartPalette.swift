/// Colours for the report's charts: distinguishable, readable on white, and by score band.
public enum ChartPalette {
    public static let series = ["#2563eb", "#dc2626", "#16a34a", "#d97706", "#7c3aed", "#0891b2", "#db2777", "#65a30d",
                                "#475569", "#ea580c"]
    public static let muted = "#9ca3af"
    public static let grid = "#e5e7eb"
    public static let ink = "#1f2937"

    public static func series(_ index: Int) -> String { series[((index % series.count) + series.count) % series.count] }

    public static func band(_ band: Band) -> String {
        switch band {
        case .excellent: "#16a34a"
        case .proficient: "#0891b2"
        case .developing: "#d97706"
        case .beginner: "#dc2626"
        }
    }
}
