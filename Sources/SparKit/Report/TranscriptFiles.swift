import Foundation

/// Turns the paths given to `report`/`export` into transcript files, in a stable order.
public enum TranscriptFiles {
    /// One path as found: a transcript to read, or a path that names nothing.
    public enum Entry: Sendable, Hashable {
        case file(String)
        case missing(String)
    }

    /// Files are taken as given, whatever their extension (a foreign file is then named as skipped);
    /// folders are searched recursively for `.jsonl` files only, so notes and exports beside the
    /// transcripts in a class folder are not reported as broken.
    public static func expand(_ paths: [String]) -> [Entry] {
        let fileManager = FileManager.default
        var entries: [Entry] = []
        for path in paths {
            var isDirectory: ObjCBool = false
            guard fileManager.fileExists(atPath: path, isDirectory: &isDirectory) else {
                entries.append(.missing(path))
                continue
            }
            guard isDirectory.boolValue else {
                entries.append(.file(path))
                continue
            }
            entries += FolderFiles.list(in: path, extensions: ["jsonl"]).map(Entry.file)
        }
        return entries
    }
}
