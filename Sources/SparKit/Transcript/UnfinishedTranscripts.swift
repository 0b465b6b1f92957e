import Foundation

/// A transcript without an end record: a session that can be resumed.
public struct UnfinishedTranscript: Sendable, Hashable {
    public var path: String
    public var header: TranscriptHeader
    public var modified: Date
}

/// Finds the sessions in a folder that stopped before their end, reading only each file's first
/// and last lines so a folder of long transcripts is scanned quickly.
public enum UnfinishedTranscripts {
    /// How much of each end of a file is read.
    static let probeBytes = 64 * 1024

    /// Unfinished transcripts directly in `directory`, newest first; files another spar session
    /// still has open are left out.
    public static func find(in directory: String) -> [UnfinishedTranscript] {
        let fileManager = FileManager.default
        var found: [UnfinishedTranscript] = []
        for path in FolderFiles.list(in: directory, extensions: ["jsonl"], recursive: false) {
            guard let header = unfinishedHeader(path), !TranscriptWriter.isInUse(path) else { continue }
            let modified = (try? fileManager.attributesOfItem(atPath: path)[.modificationDate] as? Date) ?? .distantPast
            found.append(UnfinishedTranscript(path: path, header: header, modified: modified))
        }
        return found.sorted { ($0.modified, $0.path) > ($1.modified, $1.path) }
    }

    /// The header of a transcript whose last whole line is not an end record; nil otherwise.
    static func unfinishedHeader(_ path: String) -> TranscriptHeader? {
        guard let handle = FileHandle(forReadingAtPath: path) else { return nil }
        defer { try? handle.close() }
        guard let head = try? handle.read(upToCount: probeBytes),
              let firstLine = head.split(separator: UInt8(ascii: "\n"), maxSplits: 1).first,
              let header = try? JSONDecoder().decode(TranscriptHeader.self, from: Data(firstLine)),
              header.type == "header",
              let size = try? handle.seekToEnd() else { return nil }
        try? handle.seek(toOffset: size > UInt64(probeBytes) ? size - UInt64(probeBytes) : 0)
        guard let tail = try? handle.readToEnd() else { return nil }
        struct Kind: Decodable { var type: String }
        // The last line that parses: a torn line after an end record does not reopen a finished session.
        for line in tail.split(separator: UInt8(ascii: "\n")).reversed() {
            guard let kind = try? JSONDecoder().decode(Kind.self, from: Data(line)) else { continue }
            return kind.type == "end" ? nil : header
        }
        return header
    }
}
