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

    public init(store: any ClassroomStore, seatID: Int64) {
        self.store = store
        self.seatID = seatID
    }

    /// The next commit answers input `sequence`.
    public func answering(_ sequence: Int) { lock.withLock { self.sequence = sequence } }

    public func commit(_ entries: [TranscriptEntry]) throws {
        let sequence = lock.withLock { () -> Int? in
            defer { self.sequence = nil }
            return self.sequence
        }
        if entries.isEmpty && sequence == nil { return }
        try store.appendEntries(seatID: seatID, lines: entries.map(\.line), sequence: sequence)
    }
}
