import Foundation
@testable import SparKit
import Testing
import TestSupport

/// Finding the sessions a trainee can resume: no end record, not open elsewhere, newest first.
@Suite struct UnfinishedTranscriptsTests {
    static func header(_ scenario: String) -> String {
        #"{"lang":"zh","mode":"practice","scenario":"\#(scenario)","scenario_sha256":"x","schema":1,"started":"2026-11-22T15:31:07Z","trainee":"张三","type":"header","version":"0.1.0"}"#
    }
    static let turn = #"{"input":"1","matched":1,"n":1,"node":"opening","type":"turn"}"#
    static let end = #"{"band":"developing","dimensions":{},"elapsed":1,"outcome":"lost","overall":50,"passed":false,"turns":1,"type":"end"}"#

    @Test func findsUnfinishedSessionsNewestFirst() throws {
        let folder = try SparKitTemporary.folder()
        func write(_ name: String, _ text: String, age: TimeInterval) throws {
            let path = (folder as NSString).appendingPathComponent(name)
            try Data(text.utf8).write(to: URL(fileURLWithPath: path))
            try FileManager.default.setAttributes([.modificationDate: Date(timeIntervalSinceNow: -age)], ofItemAtPath: path)
        }
        try write("older.jsonl", Self.header("a") + "\n" + Self.turn + "\n", age: 100)
        try write("newer.jsonl", Self.header("b") + "\n" + Self.turn + "\n" + #"{"type":"cla"#, age: 10)
        try write("finished.jsonl", Self.header("c") + "\n" + Self.end + "\n", age: 1)
        try write("finished-then-torn.jsonl", Self.header("d") + "\n" + Self.end + "\n" + #"{"ty"#, age: 1)
        try write("notes.txt", "not a transcript", age: 1)
        try write("broken.jsonl", "{\"type\":", age: 1)
        let found = UnfinishedTranscripts.find(in: folder)
        #expect(found.map { ($0.path as NSString).lastPathComponent } == ["newer.jsonl", "older.jsonl"])
        #expect(found.first?.header.scenario == "b")
    }

    @Test func aSessionStillOpenIsNotOffered() throws {
        let folder = try SparKitTemporary.folder()
        let writer = try TranscriptWriter(directory: folder, fileName: "live.jsonl")
        try Data((Self.header("a") + "\n").utf8).write(to: URL(fileURLWithPath: writer.path))
        #expect(UnfinishedTranscripts.find(in: folder).isEmpty)
        writer.close()
        #expect(UnfinishedTranscripts.find(in: folder).count == 1)
    }

    @Test func aMissingFolderHasNothing() {
        #expect(UnfinishedTranscripts.find(in: "/no/such/folder").isEmpty)
    }
}

/// A fresh folder under the system's temporary directory.
enum SparKitTemporary {
    static func folder() throws -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("spar-kit-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }
}
