import Foundation
import SparKit
import Testing

/// The menu and lookups by id read only each file's header: it must say what loading the whole
/// file says, for every shipped scenario.
@Suite struct ScenarioHeaderTests {
    static let scenarios = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("scenarios").path

    @Test func everyShippedHeaderMatchesTheLoadedScenario() throws {
        let files = FolderFiles.list(in: Self.scenarios, extensions: ["yaml"])
        #expect(files.count >= 9)
        for file in files {
            let scenario = try #require(ScenarioLoader.load(contentsOfFile: file).scenario, "\(file)")
            let header = try #require(ScenarioHeader.read(path: file), "\(file)")
            #expect(header.id == scenario.id)
            #expect(header.title == scenario.title)
            #expect(header.language == scenario.language)
            #expect(header.minutes == scenario.meeting.minutes)
            #expect(header.difficulty == scenario.trainerNotes?.difficulty)
            #expect(ScenarioHeader.read(path: file, idOnly: true)?.id == scenario.id)
        }
    }

    @Test func defaultsAndKeysInAnyOrder() throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("header-\(UUID().uuidString).yaml").path
        defer { try? FileManager.default.removeItem(atPath: file) }
        try """
        nodes: {a: {line: hi, end: lost}}
        notes: {teaches: [x, y], difficulty: 4}
        title: "T: quoted"
        id: late
        """.write(toFile: file, atomically: true, encoding: .utf8)
        let header = try #require(ScenarioHeader.read(path: file))
        #expect(header.id == "late")
        #expect(header.title == "T: quoted")
        #expect(header.language == .zh)
        #expect(header.minutes == 60)
        #expect(header.difficulty == 4)
    }

    @Test func notAMappingOrNoIdHasNoHeader() throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("header-\(UUID().uuidString).yaml").path
        defer { try? FileManager.default.removeItem(atPath: file) }
        for text in ["- a\n- b\n", "title: no id\n", "id: [unclosed\n", ""] {
            try text.write(toFile: file, atomically: true, encoding: .utf8)
            #expect(ScenarioHeader.read(path: file) == nil, "\(text)")
        }
    }

    /// The header is read from the file's first few kilobytes when it lies inside them: a header
    /// running past that cut — a title folded over two lines across it — still reads whole.
    @Test func aHeaderAcrossTheFirstKilobytesReadsAsTheWholeFile() throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("header-\(UUID().uuidString).yaml").path
        defer { try? FileManager.default.removeItem(atPath: file) }
        for padding in Array(stride(from: 3_950, through: 4_150, by: 7)) + Array(stride(from: 8_050, through: 8_250, by: 7)) {
            try ("#" + String(repeating: "x", count: padding) + "\n"
                + "id: across-the-cut\ntitle: first part\n  continued past the cut\nlanguage: en\n"
                + "meeting: {minutes: 45}\nnotes:\n  difficulty: 3\nnodes: {a: {line: hi, end: lost}}\n")
                .write(toFile: file, atomically: true, encoding: .utf8)
            let header = try #require(ScenarioHeader.read(path: file), "padding \(padding)")
            #expect(header.id == "across-the-cut", "padding \(padding)")
            #expect(header.title == "first part continued past the cut", "padding \(padding)")
            #expect(header.language == .en && header.minutes == 45 && header.difficulty == 3, "padding \(padding)")
            #expect(ScenarioHeader.read(path: file, idOnly: true)?.id == "across-the-cut", "padding \(padding)")
        }
    }
}
