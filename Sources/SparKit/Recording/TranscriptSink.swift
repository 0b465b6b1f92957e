/// Where a recorded session's lines go. `commit` returns only once the entries are durable (a
/// synced file, a committed transaction): the recorder hands events to a front end after it, so
/// whatever a trainee has seen answered is already stored.
public protocol TranscriptSink: Sendable {
    /// Stores `entries` after everything committed before, all or nothing.
    func commit(_ entries: [TranscriptEntry]) throws
}
