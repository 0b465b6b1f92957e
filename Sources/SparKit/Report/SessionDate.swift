import Foundation

/// Reads the dates a report meets: a header's `started` and the `--since` option.
public enum SessionDate {
    /// `2026-11-22T15:44:16Z` (with or without fractional seconds or an offset), or a day `2026-11-22`
    /// taken as its start in UTC.
    public static func parse(_ text: String) -> Date? {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        for formatter in formatters {
            if let date = formatter.date(from: trimmed) { return date }
        }
        return nil
    }

    // Made once: creating formatters is slow, and a report parses a date per session.
    // Parsing with a shared ISO8601DateFormatter is thread-safe.
    nonisolated(unsafe) private static let formatters: [ISO8601DateFormatter] = {
        let full = ISO8601DateFormatter()
        let fractional = ISO8601DateFormatter()
        fractional.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        let day = ISO8601DateFormatter()
        day.formatOptions = [.withFullDate]
        return [full, fractional, day]
    }()

    /// `2026-11-22 15:44` in UTC, for tables.
    public static func short(_ started: String) -> String {
        guard let date = parse(started) else { return started }
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = "yyyy-MM-dd HH:mm"
        return formatter.string(from: date)
    }
}
