@preconcurrency import CReadline

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Readline's in-memory history plus the file it is loaded from and saved to.
struct ReadlineHistory {
    static let maximumEntries: Int32 = 1000

    /// Absolute path with "~" expanded, or nil when history is not persisted.
    let file: String?
    private var lastEntry: String?
    /// Lines added since the file was read or last written: only these are appended to it.
    private var unsaved = 0

    init(file: String?) {
        self.file = file.map(Self.expandingHome)
        using_history()
        // Readline's history is one per process: a second editor (the menu's, then the session's)
        // would otherwise read the file on top of what the first one read, doubling it.
        clear_history()
        stifle_history(Self.maximumEntries)
        if let path = self.file {
            // A missing file just means no history yet.
            _ = read_history(path)
        }
        lastEntry = Self.newestEntry()
    }

    /// Adds non-blank lines, skipping an immediate repeat so up-arrow stays useful.
    mutating func add(_ line: String) {
        guard !line.allSatisfy(\.isWhitespace), line != lastEntry else { return }
        add_history(line)
        lastEntry = line
        unsaved += 1
    }

    /// Appends the lines added since the last save, so another session's lines written meanwhile
    /// are kept, and trims the file to the newest `maximumEntries`.
    mutating func save() {
        guard let file, unsaved > 0 else { return }
        Self.createParentDirectories(of: file)
        let written = access(file, F_OK) == 0
            ? append_history(min(Int32(clamping: unsaved), history_length), file)
            : write_history(file)
        if written == 0 {
            _ = history_truncate_file(file, Self.maximumEntries)
            unsaved = 0
        }
    }

    private static func newestEntry() -> String? {
        guard history_length > 0, let entry = history_get(history_base + history_length - 1),
            let line = entry.pointee.line
        else { return nil }
        return String(cString: line)
    }

    private static func expandingHome(_ path: String) -> String {
        guard path == "~" || path.hasPrefix("~/"), let home = getenv("HOME") else { return path }
        return String(cString: home) + path.dropFirst()
    }

    /// `mkdir -p` for the directory holding `file`; private to the user since
    /// role-play transcripts may contain customer details.
    private static func createParentDirectories(of file: String) {
        var directory = ""
        let components = file.split(separator: "/", omittingEmptySubsequences: false).dropLast()
        for (index, component) in components.enumerated() {
            directory += (index == 0 ? "" : "/") + component
            guard !component.isEmpty, component != "." else { continue }
            _ = mkdir(directory, 0o700)
        }
    }
}
