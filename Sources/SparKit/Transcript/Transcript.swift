import Foundation

/// A transcript read back: header, body records, end (if the session finished), and problems met.
public struct Transcript: Sendable {
    public var header: TranscriptHeader
    public var records: [TranscriptRecord]
    /// The 1-based file line of each record.
    public var recordLines: [Int]
    public var end: TranscriptEnd?
    public var diagnostics: [Diagnostic]

    public init(header: TranscriptHeader, records: [TranscriptRecord], recordLines: [Int]? = nil,
                end: TranscriptEnd? = nil, diagnostics: [Diagnostic] = []) {
        self.header = header
        self.records = records
        // Counted as in a file: the header on line 1, then one line per record.
        self.recordLines = recordLines ?? records.indices.map { $0 + 2 }
        self.end = end
        self.diagnostics = diagnostics
    }

    /// Parses JSON Lines. A broken last line (a session killed mid-write) is skipped with a warning.
    public static func parse(_ text: String, file: String) -> Result<Transcript, Diagnostic> {
        var text = text
        return text.withUTF8 { parse(bytes: $0, file: file) }
    }

    /// The work of `parse`, on the text's bytes: lines are cut and trimmed as bytes; a body line is
    /// read by `RecordReader`, or else decoded once straight into its record (the kind is read apart
    /// only when that fails too).
    private static func parse(bytes: UnsafeBufferPointer<UInt8>, file: String) -> Result<Transcript, Diagnostic> {
        let lines = TextLines.ranges(bytes, ends: .newlineOrCRLF)
        var header: TranscriptHeader?
        var records: [TranscriptRecord] = []
        var recordLines: [Int] = []
        var end: TranscriptEnd?
        var diagnostics: [Diagnostic] = []
        struct Kind: Decodable { var type: String }
        let decoder = JSONDecoder()
        func decode<T: Decodable>(_ type: T.Type, _ data: Data) -> T? { try? decoder.decode(type, from: data) }
        for (index, range) in lines.enumerated() {
            let number = index + 1
            guard let trimmed = trim(bytes, range) else { continue }
            let location = SourceLocation(file: file, line: number, column: 1)
            let line = UnsafeBufferPointer(rebasing: bytes[trimmed])
            if let (message, column) = JSONLineLimits.violation(line) {
                return .failure(.error(.badTranscript, message,
                                       at: SourceLocation(file: file, line: number, column: column + trimmed.lowerBound - range.lowerBound)))
            }
            if let fast = RecordReader.record(line) {
                guard header != nil else {
                    return .failure(.error(.badTranscript, "a transcript must start with a header line", at: location))
                }
                records.append(fast)
                recordLines.append(number)
                continue
            }
            let data = Data(buffer: line)
            let record = decode(TranscriptRecord.self, data)
            guard let type = record?.type.rawValue ?? decode(Kind.self, data)?.type else {
                let isLast = lines[(index + 1)...].allSatisfy { trim(bytes, $0) == nil }
                let diagnostic = Diagnostic(isLast ? .warning : .error, .badTranscript,
                                            isLast ? "the last line is cut off (the session was interrupted); ignoring it"
                                                   : "not a transcript event (invalid JSON)", at: location)
                if isLast { diagnostics.append(diagnostic); continue }
                return .failure(diagnostic)
            }
            switch type {
            case "header":
                guard header == nil, let decoded = decode(TranscriptHeader.self, data) else {
                    return .failure(.error(.badTranscript, "a second or malformed header", at: location))
                }
                guard decoded.schema == TranscriptHeader.currentSchema else {
                    return .failure(.error(.badTranscript, "transcript schema \(decoded.schema) is not one this spar reads "
                                           + "(it reads schema \(TranscriptHeader.currentSchema))", at: location))
                }
                guard SessionDate.parse(decoded.started) != nil else {
                    return .failure(.error(.badTranscript, "the header's 'started' is not a date: "
                                           + "\"\(VisibleText.quoted(decoded.started, limit: 40))\"", at: location))
                }
                header = decoded
            case "end":
                guard let decoded = decode(TranscriptEnd.self, data) else {
                    return .failure(.error(.badTranscript, "malformed end record", at: location))
                }
                end = decoded
            default:
                guard header != nil else {
                    return .failure(.error(.badTranscript, "a transcript must start with a header line", at: location))
                }
                guard let record else {
                    return .failure(.error(.badTranscript, "malformed '\(type)' record", at: location))
                }
                records.append(record)
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

    /// The line without the spaces and tabs around it, or nil when nothing is left. Other white
    /// space that trimming `.whitespaces` would remove is not ASCII: such a line takes that path.
    static func trim(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Range<Int>? {
        var lower = range.lowerBound, upper = range.upperBound
        while lower < upper && (bytes[lower] == 0x20 || bytes[lower] == 0x09) { lower += 1 }
        while upper > lower && (bytes[upper - 1] == 0x20 || bytes[upper - 1] == 0x09) { upper -= 1 }
        guard lower < upper else { return nil }
        guard bytes[lower] >= 0x80 || bytes[upper - 1] >= 0x80 else { return lower..<upper }
        let line = String(decoding: UnsafeBufferPointer(rebasing: bytes[lower..<upper]), as: UTF8.self)
        let trimmed = line.trimmingCharacters(in: .whitespaces)
        guard !trimmed.isEmpty, let offset = line.utf8.firstRange(of: trimmed.utf8)?.lowerBound else { return nil }
        let first = lower + line.utf8.distance(from: line.utf8.startIndex, to: offset)
        return first..<(first + trimmed.utf8.count)
    }

    public static func read(path: String) -> Result<Transcript, Diagnostic> {
        guard let data = FileManager.default.contents(atPath: path) else {
            return .failure(.error(.unreadableFile, "cannot read the file", at: SourceLocation(file: path, line: 1, column: 1)))
        }
        return parse(String(decoding: data, as: UTF8.self), file: path)
    }
}
