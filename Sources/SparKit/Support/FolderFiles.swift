import Foundation

/// The files in a folder whose names end in one of some extensions, as paths under the folder,
/// sorted: the one walk behind lint, list, test, report and export, finding unfinished sessions,
/// explore's coverage and the matcher's evaluation.
public enum FolderFiles {
    /// `recursive`: subfolders too, at any depth. A folder that cannot be read has no files.
    public static func list(in folder: String, extensions: [String], recursive: Bool = true) -> [String] {
        let suffixes = extensions.map { "." + $0 }
        let names: [String]
        if recursive {
            guard let enumerator = FileManager.default.enumerator(atPath: folder) else { return [] }
            var found: [String] = []
            while let item = enumerator.nextObject() as? String { found.append(item) }
            names = found
        } else {
            names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        }
        return names.filter { name in suffixes.contains { name.hasSuffix($0) } }.sorted()
            .map { (folder as NSString).appendingPathComponent($0) }
    }
}
