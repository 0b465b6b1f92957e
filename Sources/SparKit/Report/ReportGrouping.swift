/// How a report's tables are grouped: `--by trainee` (default) or `--by scenario`.
public enum ReportGrouping: String, Sendable, Hashable, CaseIterable {
    case trainee, scenario
}
