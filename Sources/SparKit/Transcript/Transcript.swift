import Foundation

/// A transcript read back: header, body records, end (if the session finished), and problems met.
public struct Transcript: Sendable {
    public var header: TranscriptHeader
    public var records: [TranscriptRecord]
    /// The 1-based file line of each record.
    public var recordLines: [Int]
    public var end: TranscriptEnd?
    public var diagnostics: [Diagnostic]

    /// Parses JSON Lines. A broken last line (a session killed mid-write) is skipped with a warning.
    public static func parse(_ text: String, file: String) -> Result<Transcript, Diagnostic> {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        var header: TranscriptHeader?
        var records: [TranscriptRecord] = []
        var recordLines: [Int] = []
        var end: TranscriptEnd?
        var diagnostics: [Diagnostic] = []
        struct Kind: Decodable { var type: String }
        for (index, line) in lines.enumerated() {
            let number = index + 1
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if trimmed.isEmpty { continue }
            let location = SourceLocation(file: file, line: number, column: 1)
            guard let kind = TranscriptCoding.decode(Kind.self, from: Substring(trimmed)) else {
                let isLast = lines[(index + 1)...].allSatisfy { $0.trimmingCharacters(in: .whitespaces).isEmpty }
                let diagnostic = Diagnostic(isLast ? .warning : .error, .badTranscript,
                                            isLast ? "the last line is cut off (the session was interrupted); ignoring it"
                                                   : "not a transcript event (invalid JSON)", at: location)
                if isLast { diagnostics.append(diagnostic); continue }
                return .failure(diagnostic)
            }
            switch kind.type {
            case "header":
                guard header == nil, let decoded = TranscriptCoding.decode(TranscriptHeader.self, from: Substring(trimmed)) else {
                    return .failure(.error(.badTranscript, "a second or malformed header", at: location))
                }
                header = decoded
            case "end":
                guard let decoded = TranscriptCoding.decode(TranscriptEnd.self, from: Substring(trimmed)) else {
                    return .failure(.error(.badTranscript, "malformed end record", at: location))
                }
                end = decoded
            default:
                guard header != nil else {
                    return .failure(.error(.badTranscript, "a transcript must start with a header line", at: location))
                }
                guard let decoded = TranscriptCoding.decode(TranscriptRecord.self, from: Substring(trimmed)) else {
                    return .failure(.error(.badTranscript, "malformed '\(kind.type)' record", at: location))
                }
                records.append(decoded)
                recordLines.append(number)
            }
        }
        guard let header else {
            return .failure(.error(.badTranscript, "no header line: not a spar transcript",
                                   at: SourceLocation(file: file, line: 1, column: 1)))
        }
        return .success(Transcript(header: header, records: records, recordLines: recordLines, end: end,
                                   diagnostics: diagnostics))
    }

    public static func read(path: String) -> Result<Transcript, Diagnostic> {
        guard let data = FileManager.default.contents(atPath: path) else {
            return .failure(.error(.unreadableFile, "cannot read the file", at: SourceLocation(file: path, line: 1, column: 1)))
        }
        return parse(String(decoding: data, as: UTF8.self), file: path)
    }
}
