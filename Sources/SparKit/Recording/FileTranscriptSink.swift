/// The transcript file: each commit's lines written together and synced once (`TranscriptWriter`).
public final class FileTranscriptSink: TranscriptSink, @unchecked Sendable {
    public let writer: TranscriptWriter
    public var path: String { writer.path }

    public init(_ writer: TranscriptWriter) { self.writer = writer }

    public func commit(_ entries: [TranscriptEntry]) throws {
        try writer.write(lines: entries.map(\.line))
    }

    public func close() { writer.close() }
}
