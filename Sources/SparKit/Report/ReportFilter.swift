import Foundation

/// Which sessions a report takes: since a date, in one mode.
public struct ReportFilter: Sendable, Hashable {
    public var since: Date?
    public var mode: SessionMode?

    public init(since: Date? = nil, mode: SessionMode? = nil) {
        self.since = since
        self.mode = mode
    }

    public func admits(_ header: TranscriptHeader) -> Bool {
        if let mode, header.mode != mode { return false }
        if let since {
            // A start time that cannot be read is not shown to be after `since` (reading a
            // transcript refuses one anyway, as an error on that file).
            guard let started = SessionDate.parse(header.started) else { return false }
            if started < since { return false }
        }
        return true
    }
}
