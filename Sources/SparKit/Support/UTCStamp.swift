import Foundation

/// A moment in UTC as text, computed from the calendar arithmetic rather than a DateFormatter
/// (building one costs more than the rest of starting a session's transcript). Dates outside
/// 1970–9999 go through the formatters.
public enum UTCStamp {
    /// `2026-11-22T15-31-07`, for file names.
    public static func fileStamp(_ date: Date) -> String {
        guard let parts = parts(date) else { return formatted(date) }
        return "\(parts.day)T\(parts.hour)-\(parts.minute)-\(parts.second)"
    }

    /// `2026-11-22T15:31:07Z`, as `ISO8601DateFormatter` writes it by default.
    public static func iso8601(_ date: Date) -> String {
        guard let parts = parts(date) else { return ISO8601DateFormatter().string(from: date) }
        return "\(parts.day)T\(parts.hour):\(parts.minute):\(parts.second)Z"
    }

    private static func parts(_ date: Date) -> (day: String, hour: String, minute: String, second: String)? {
        let seconds = date.timeIntervalSince1970.rounded(.down)
        guard seconds >= 0, seconds < 253_402_300_800 else { return nil }
        let total = Int(seconds)
        let days = total / 86_400, rest = total % 86_400
        // Civil from days (proleptic Gregorian), days counted from 1970-01-01.
        let z = days + 719_468
        let era = z / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let shifted = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * shifted + 2) / 5 + 1
        let month = shifted < 10 ? shifted + 3 : shifted - 9
        let year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
        func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
        return ("\(year)-\(two(month))-\(two(day))", two(rest / 3600), two(rest % 3600 / 60), two(rest % 60))
    }

    static func formatted(_ date: Date) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = "yyyy-MM-dd'T'HH-mm-ss"
        return formatter.string(from: date)
    }
}
