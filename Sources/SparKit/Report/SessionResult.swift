import Foundation

/// One finished session's figures, as much as a report keeps of it.
public struct SessionResult: Sendable, Hashable {
    public var path: String
    public var started: String
    public var overall: Int
    public var band: Band
    public var passed: Bool
    public var outcome: Outcome?
    /// `started` parsed once: attempts are compared often.
    public var startDate: Date?

    public init(path: String, started: String, overall: Int, band: Band, passed: Bool, outcome: Outcome?) {
        self.path = path
        self.started = started
        self.startDate = SessionDate.parse(started)
        self.overall = overall
        self.band = band
        self.passed = passed
        self.outcome = outcome
    }

    public init(path: String, header: TranscriptHeader, end: TranscriptEnd) {
        self.init(path: path, started: header.started, overall: end.overall, band: end.band, passed: end.passed,
                  outcome: end.outcome)
    }

    /// Attempts are ordered by when they started (files may be read in any order); the path breaks ties
    /// so the order never depends on the order files were read.
    public func isBefore(_ other: SessionResult) -> Bool {
        let mine = startDate ?? .distantPast
        let theirs = other.startDate ?? .distantPast
        if mine != theirs { return mine < theirs }
        return path < other.path
    }
}
