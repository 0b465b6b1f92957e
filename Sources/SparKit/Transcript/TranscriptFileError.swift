import Foundation

/// Why a transcript cannot be opened for writing.
public enum TranscriptFileError: Error, LocalizedError, Sendable, Equatable {
    /// Another spar process has it open.
    case inUse(String)
    /// The file does not start with a transcript header: it is left as it is.
    case notATranscript(String)

    public var errorDescription: String? {
        switch self {
        case .inUse(let path): "\(path) is open in another spar session"
        case .notATranscript(let path): "\(path) is not a spar transcript (no header line)"
        }
    }
}
