import Foundation
import SparKit

/// A seat's transcript in the classroom store. The server names the input being answered before
/// handing it to the recorder, so the commit stores that input's sequence number with its records:
/// a client resending an unacknowledged line after a crash finds it already applied.
public final class StoreTranscriptSink: TranscriptSink, @unchecked Sendable {
    public let store: any ClassroomStore
    public let seatID: Int64
    private let lock = NSLock()
    private var sequence: Int?
    /// Non-nil while an input is answered for a caller that stores its records itself (`staging`).
    private var staged: [String]?

    public init(store: any ClassroomStore, seatID: Int64) {
        self.store = store
        self.seatID = seatID
    }

    /// The next commit answers input `sequence`.
    public func answering(_ sequence: Int) { lock.withLock { self.sequence = sequence } }

    /// Commits until `takeStaged()` are kept, not stored: the caller stores them, awaiting.
    func staging(_ sequence: Int) {
        lock.withLock {
            self.sequence = sequence
            staged = []
        }
    }

    /// What was committed since `staging(_:)`, with its input's sequence number; back to storing.
    func takeStaged() -> StagedEntries {
        lock.withLock {
            defer {
                staged = nil
                sequence = nil
            }
            return StagedEntries(seatID: seatID, lines: staged ?? [], sequence: sequence)
        }
    }

    public func commit(_ entries: [TranscriptEntry]) throws {
        let lines = entries.map(\.line)
        let sequence = lock.withLock { () -> Int?? in
            if staged != nil {
                staged! += lines
                return .none
            }
            defer { self.sequence = nil }
            return .some(self.sequence)
        }
        guard let sequence else { return }
        if entries.isEmpty && sequence == nil { return }
        try store.appendEntries(seatID: seatID, lines: lines, sequence: sequence)
    }
}
