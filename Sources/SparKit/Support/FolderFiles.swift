import Foundation

/// The files in a folder whose names end in one of some extensions, as paths under the folder,
/// sorted: the one walk behind lint, list, test, report and export, finding unfinished sessions,
/// explore's coverage and the matcher's evaluation.
public enum FolderFiles {
    /// `recursive`: subfolders too, at any depth (symbolic links to folders are not followed).
    /// A folder that cannot be read has no files; folders themselves are never listed.
    public static func list(in folder: String, extensions: [String], recursive: Bool = true) -> [String] {
        let suffixes = extensions.map { "." + $0 }
        var names: [String] = []
        // readdir directly: Foundation's directory enumerator rewrote every path it returned,
        // which cost more than reading the nine shipped scenarios' headers to list them.
        walk(folder, under: "", recursive: recursive) { name in
            if suffixes.contains(where: { name.hasSuffix($0) }) { names.append(name) }
        }
        return names.sorted().map { (folder as NSString).appendingPathComponent($0) }
    }

    /// Calls `found` with the path under `root` of each entry that is not a folder.
    private static func walk(_ root: String, under relative: String, recursive: Bool, _ found: (String) -> Void) {
        let folder = relative.isEmpty ? root : root + "/" + relative
        guard let directory = opendir(folder) else { return }
        defer { closedir(directory) }
        while let entry = readdir(directory) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
            }
            if name == "." || name == ".." { continue }
            let path = relative.isEmpty ? name : relative + "/" + name
            let isFolder: Bool
            switch Int32(entry.pointee.d_type) {
            case Int32(DT_DIR): isFolder = true
            case Int32(DT_REG): isFolder = false
            default:
                // A link, or a file system that does not say: a link to a folder is neither walked nor listed.
                var status = stat()
                isFolder = stat(root + "/" + path, &status) == 0 && (status.st_mode & S_IFMT) == S_IFDIR
                if isFolder {
                    var linkStatus = stat()
                    if lstat(root + "/" + path, &linkStatus) == 0 && (linkStatus.st_mode & S_IFMT) == S_IFLNK { continue }
                }
            }
            if isFolder {
                if recursive { walk(root, under: path, recursive: true, found) }
            } else {
                found(path)
            }
        }
    }
}
