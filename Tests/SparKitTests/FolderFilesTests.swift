import Foundation
import SparKit
import Testing

/// The one folder walk: files with the wanted extensions at any depth, sorted, never a folder.
@Suite struct FolderFilesTests {
    @Test func listsMatchingFilesAtAnyDepthSorted() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("folder-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: root) }
        for folder in ["b/deep", "a", "folder.yaml"] {
            try FileManager.default.createDirectory(atPath: root + "/" + folder, withIntermediateDirectories: true)
        }
        for file in ["z.yaml", "a/x.yaml", "b/deep/y.yml", "b/notes.txt", ".hidden.yaml", "folder.yaml/inner.yaml"] {
            try "id: x\n".write(toFile: root + "/" + file, atomically: true, encoding: .utf8)
        }
        try FileManager.default.createSymbolicLink(atPath: root + "/linked", withDestinationPath: root + "/b")
        try FileManager.default.createSymbolicLink(atPath: root + "/link.yaml", withDestinationPath: root + "/z.yaml")

        #expect(FolderFiles.list(in: root, extensions: ["yaml", "yml"]) == [
            ".hidden.yaml", "a/x.yaml", "b/deep/y.yml", "folder.yaml/inner.yaml", "link.yaml", "z.yaml",
        ].map { root + "/" + $0 })
        #expect(FolderFiles.list(in: root, extensions: ["yaml"], recursive: false) == [
            ".hidden.yaml", "link.yaml", "z.yaml",
        ].map { root + "/" + $0 })
        #expect(FolderFiles.list(in: root + "/missing", extensions: ["yaml"]).isEmpty)
        #expect(FolderFiles.list(in: root + "/z.yaml", extensions: ["yaml"]).isEmpty)
    }
}
