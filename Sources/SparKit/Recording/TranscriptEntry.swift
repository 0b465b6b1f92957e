/// One line of a transcript as a value: what a `TranscriptSink` stores, in order.
public enum TranscriptEntry: Sendable, Hashable {
    case header(TranscriptHeader)
    case record(TranscriptRecord)
    case resume(TranscriptResume)
    case end(TranscriptEnd)

    /// The JSON Lines text of the entry (without the newline), exactly as a transcript file holds it.
    public var line: String {
        switch self {
        case .header(let header): TranscriptCoding.line(header)
        case .record(let record): TranscriptCoding.line(record)
        case .resume(let resume): TranscriptCoding.line(resume)
        case .end(let end): TranscriptCoding.line(end)
        }
    }
}
