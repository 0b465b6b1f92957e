import Foundation
import SparKit
import Testing

/// A class folder as it is in real life: good sessions, a session killed mid-write, a damaged file,
/// foreign files. Every good session counts; every bad file is named with a reason; nothing is fatal.
@Suite struct ReportStreamTests {
    /// Builds the mixed folder and returns it with the names of the files that must be skipped.
    static func mixedFolder() throws -> (folder: URL, good: Int, bad: [String]) {
        let folder = try ReportFixtures.temporaryFolder()
        let manager = FileManager.default
        let names = try manager.contentsOfDirectory(atPath: ReportFixtures.classFolder).filter { $0.hasSuffix(".jsonl") }
        for name in names {
            try manager.copyItem(atPath: ReportFixtures.file(name), toPath: folder.appendingPathComponent(name).path)
        }
        let source = try String(contentsOfFile: ReportFixtures.file("2026-11-09T10-00-00_王五_mini.jsonl"), encoding: .utf8)
        let lines = source.split(separator: "\n").map(String.init)
        // Killed while writing the end line: the torn last line is ignored, the session is unfinished but good.
        let torn = lines.dropLast().joined(separator: "\n") + "\n" + String(lines.last!.prefix(30))
        try torn.write(to: folder.appendingPathComponent("torn_王五.jsonl"), atomically: true, encoding: .utf8)
        // Damaged in the middle: not a transcript any more.
        let damaged = [lines[0], String(lines[1].prefix(40)), lines[2]].joined(separator: "\n") + "\n"
        try damaged.write(to: folder.appendingPathComponent("damaged.jsonl"), atomically: true, encoding: .utf8)
        // Foreign: JSON lines from something else, an empty file, binary bytes, in a subfolder too.
        try "{\"event\":\"login\",\"user\":\"x\"}\n{\"event\":\"logout\"}\n"
            .write(to: folder.appendingPathComponent("foreign.jsonl"), atomically: true, encoding: .utf8)
        try Data().write(to: folder.appendingPathComponent("empty.jsonl"))
        try manager.createDirectory(at: folder.appendingPathComponent("old"), withIntermediateDirectories: true)
        try Data([0x00, 0xFF, 0xFE, 0x10, 0x0A, 0x89, 0x50, 0x4E, 0x47, 0x0A])
            .write(to: folder.appendingPathComponent("old/photo.jsonl"))
        // Not a .jsonl file: a folder walk leaves it alone.
        try "notes".write(to: folder.appendingPathComponent("README.md"), atomically: true, encoding: .utf8)
        let bad = ["damaged.jsonl", "foreign.jsonl", "empty.jsonl", "old/photo.jsonl"].map { folder.appendingPathComponent($0).path }
        return (folder, names.count + 1, bad)
    }

    @Test func everyGoodSessionIsCountedAndEveryBadFileIsNamed() throws {
        let mixed = try Self.mixedFolder()
        let missing = mixed.folder.appendingPathComponent("no-such-file.jsonl").path
        let report = ReportFixtures.classReport(paths: [mixed.folder.path, missing])
        #expect(report.sessions == mixed.good)
        #expect(Set(report.skipped.map(\.path)) == Set(mixed.bad + [missing]))
        #expect(report.skipped.allSatisfy { !$0.reason.isEmpty })
        #expect(report.skipped.first { $0.path.hasSuffix("damaged.jsonl") }?.reason.hasPrefix("line 2:") == true)
        #expect(report.skipped.first { $0.path == missing }?.reason == "no such file or folder")
        // The torn copy of 王五's session is good but unfinished.
        let wang = try #require(report.histories[.init(trainee: "王五", scenario: "mini")])
        #expect(wang.sessions == 2)
        #expect(wang.unfinished == 1)
    }

    @Test func filesNamedExplicitlyAreReadWhateverTheirExtension() throws {
        let folder = try ReportFixtures.temporaryFolder()
        let notes = folder.appendingPathComponent("notes.txt")
        try "hello".write(to: notes, atomically: true, encoding: .utf8)
        let report = ReportFixtures.classReport(paths: [notes.path, ReportFixtures.file("2026-11-02T09-00-00_张三_mini.jsonl")])
        #expect(report.sessions == 1)
        #expect(report.skipped.map(\.path) == [notes.path])
    }

    @Test func filesAreReadInPathOrderWithProgress() throws {
        var seen: [String] = []
        var progress: [Int] = []
        TranscriptStream.read([ReportFixtures.classFolder], progress: { done, total in
            progress.append(done)
            #expect(total == 8)
        }) { item in
            if case .transcript(_, let path) = item { seen.append((path as NSString).lastPathComponent) }
        }
        #expect(seen == seen.sorted())
        #expect(progress == Array(1...8))
    }
}
