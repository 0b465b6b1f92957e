import Foundation
@testable import SparKit
import Testing

/// A transcript's `scenario_file` leads only to regular files in the folders spar looks in.
@Suite struct RecordedScenarioFileTests {
    /// work/ (the working directory) with work/class/t.jsonl, work/s.yaml, a FIFO and a link out;
    /// outside.yaml beside work/.
    static func layout() throws -> (root: String, locator: RecordedScenarioFile) {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("spar-recorded-\(UUID().uuidString)").path
        let work = root + "/work"
        try FileManager.default.createDirectory(atPath: work + "/class", withIntermediateDirectories: true)
        for file in [work + "/s.yaml", work + "/class/t.jsonl", root + "/outside.yaml"] {
            _ = FileManager.default.createFile(atPath: file, contents: Data("id: x\n".utf8))
        }
        #expect(mkfifo(work + "/class/fifo.yaml", 0o600) == 0)
        try FileManager.default.createSymbolicLink(atPath: work + "/class/link.yaml", withDestinationPath: "/etc/passwd")
        return (root, RecordedScenarioFile(transcriptPath: "class/t.jsonl", extraFolders: [], workingDirectory: work))
    }

    @Test func filesUnderTheTranscriptsFoldersResolve() throws {
        let (root, locator) = try Self.layout()
        defer { try? FileManager.default.removeItem(atPath: root) }
        #expect(locator.resolve("s.yaml")?.hasSuffix("/work/s.yaml") == true)
        #expect(locator.resolve("class/t.jsonl")?.hasSuffix("/work/class/t.jsonl") == true)
    }

    @Test func aTranscriptOutsideTheWorkingDirectoryStillFindsAPathRecordedFromIt() throws {
        let (root, _) = try Self.layout()
        defer { try? FileManager.default.removeItem(atPath: root) }
        let elsewhere = RecordedScenarioFile(transcriptPath: root + "/outside.yaml", extraFolders: [],
                                             workingDirectory: root + "/work")
        #expect(elsewhere.resolve("s.yaml")?.hasSuffix("/work/s.yaml") == true)
        #expect(elsewhere.resolve("/etc/passwd") == nil)
    }

    @Test func filesElsewhereDevicesFIFOsAndLinksOutAreRefusedWithoutBlocking() throws {
        let (root, locator) = try Self.layout()
        defer { try? FileManager.default.removeItem(atPath: root) }
        for hostile in ["/etc/passwd", "/etc/shadow", "/dev/stdin", "/dev/tty", "/dev/zero", "../outside.yaml",
                        root + "/outside.yaml", "class/fifo.yaml", "class/link.yaml", "class", ""] {
            #expect(locator.resolve(hostile) == nil, "\(hostile)")
        }
    }

    @Test func extraFoldersAreLookedIn() throws {
        let (root, _) = try Self.layout()
        defer { try? FileManager.default.removeItem(atPath: root) }
        let locator = RecordedScenarioFile(transcriptPath: "class/t.jsonl", extraFolders: [root],
                                           workingDirectory: root + "/work")
        #expect(locator.resolve("outside.yaml")?.hasSuffix("/outside.yaml") == true)
    }
}
