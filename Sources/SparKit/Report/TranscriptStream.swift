/// Reads transcripts one at a time for `report` and `export`: each file is parsed, handed on and
/// released before the next is read. Broken and foreign files become skip reasons, never errors.
public enum TranscriptStream {
    public enum Item: Sendable {
        case transcript(Transcript, path: String)
        case skipped(SkippedFile)
    }

    /// `progress` is called after each file with the number done and the total.
    public static func read(_ paths: [String], progress: (Int, Int) -> Void = { _, _ in },
                            _ body: (Item) throws -> Void) rethrows {
        let entries = TranscriptFiles.expand(paths)
        for (index, entry) in entries.enumerated() {
            switch entry {
            case .missing(let path):
                try body(.skipped(SkippedFile(path: path, reason: "no such file or folder")))
            case .file(let path):
                switch Transcript.read(path: path) {
                case .success(let transcript): try body(.transcript(transcript, path: path))
                case .failure(let diagnostic): try body(.skipped(SkippedFile(path: path, reason: reason(diagnostic))))
                }
            }
            progress(index + 1, entries.count)
        }
    }

    /// "line 3: malformed 'turn' record" — the path is printed beside it already.
    public static func reason(_ diagnostic: Diagnostic) -> String {
        diagnostic.code == .unreadableFile ? diagnostic.message : "line \(diagnostic.location.line): \(diagnostic.message)"
    }
}
