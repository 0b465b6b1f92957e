import Foundation

/// Keeps the entries in memory: for tests, and for a front end that stores nothing.
public final class MemoryTranscriptSink: TranscriptSink, @unchecked Sendable {
    private let lock = NSLock()
    private var stored: [TranscriptEntry] = []

    public init(_ entries: [TranscriptEntry] = []) { stored = entries }

    public func commit(_ entries: [TranscriptEntry]) throws {
        lock.withLock { stored += entries }
    }

    public var entries: [TranscriptEntry] { lock.withLock { stored } }
    /// The transcript as a file would hold it, one JSON object per line.
    public var lines: [String] { entries.map(\.line) }
}
