import Foundation

/// Where a transcript's `scenario_file` may lead. A transcript is a trainee's file: the path in
/// it is only a hint, followed to a regular file inside the folders spar looks in — the shipped
/// scenarios, the transcript's own folder and its parents up to the working directory, the
/// working directory (where spar records relative paths from), and folders given on the command
/// line — never to a device, a FIFO or a file elsewhere.
public struct RecordedScenarioFile: Sendable {
    /// The folders a recorded path may resolve into, as given.
    public var folders: [String]
    public var workingDirectory: String

    /// The folders for a transcript at `transcriptPath`: `extraFolders` (shipped scenarios,
    /// `--scenarios DIR`), the transcript's folder, its parents up to the working directory when
    /// the transcript lies under it, and the working directory.
    public init(transcriptPath: String, extraFolders: [String],
                workingDirectory: String = FileManager.default.currentDirectoryPath) {
        self.workingDirectory = Self.canonical(workingDirectory) ?? workingDirectory
        var folders = extraFolders
        let transcriptFolder = Self.canonical(Self.absolute((transcriptPath as NSString).deletingLastPathComponent,
                                                            from: self.workingDirectory))
        if var folder = transcriptFolder {
            folders.append(folder)
            while Self.isInside(folder, self.workingDirectory), folder != self.workingDirectory {
                folder = (folder as NSString).deletingLastPathComponent
                folders.append(folder)
            }
        }
        folders.append(self.workingDirectory)
        self.folders = folders
    }

    /// The recorded path as a regular file inside one of the folders, or nil. Tried as written
    /// (relative to the working directory, as spar records it) and relative to each folder.
    public func resolve(_ recorded: String) -> String? {
        guard !recorded.isEmpty, !recorded.unicodeScalars.contains(where: { $0.value < 0x20 }) else { return nil }
        let roots = folders.compactMap { Self.canonical(Self.absolute($0, from: workingDirectory)) }
        var candidates = [Self.absolute(recorded, from: workingDirectory)]
        if !(recorded as NSString).isAbsolutePath {
            candidates += roots.map { ($0 as NSString).appendingPathComponent(recorded) }
        }
        for candidate in candidates {
            guard let real = Self.canonical(candidate), roots.contains(where: { Self.isInside(real, $0) }),
                  Self.isRegularFile(real) else { continue }
            return real
        }
        return nil
    }

    /// True for a regular file, decided by `stat` alone: nothing is opened, so a FIFO, a terminal
    /// or `/dev/stdin` cannot block.
    public static func isRegularFile(_ path: String) -> Bool {
        var status = stat()
        guard stat(path, &status) == 0 else { return false }
        return status.st_mode & S_IFMT == S_IFREG
    }

    static func absolute(_ path: String, from directory: String) -> String {
        let path = path.isEmpty ? "." : path
        return (path as NSString).isAbsolutePath ? path : (directory as NSString).appendingPathComponent(path)
    }

    /// The path with symbolic links, `.` and `..` resolved; nil when it does not exist.
    static func canonical(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    static func isInside(_ path: String, _ folder: String) -> Bool {
        folder == "/" || path == folder || path.hasPrefix(folder + "/")
    }
}
