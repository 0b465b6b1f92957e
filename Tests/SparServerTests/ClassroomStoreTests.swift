import Foundation
import SparClassroom
import SparKit
import Testing

@Suite("Classroom store (SQLite)")
struct ClassroomStoreTests {
    private func temporaryStorePath() -> String {
        FileManager.default.temporaryDirectory.appendingPathComponent("spar-store-\(UUID().uuidString)/classroom.sqlite").path
    }

    private func sampleClass(_ code: String = "ABCDEF") -> ClassRecord {
        ClassRecord(code: code, name: "华东一班", scenarioID: "mini", scenarioFile: "mini.yaml", scenarioSource: Data("id: mini".utf8),
                    scenarioSHA256: "00", mode: .exam)
    }

    @Test("a class, its settings and its seats survive reopening the file")
    func reopen() throws {
        let path = temporaryStorePath()
        do {
            let store = try SQLiteClassroomStore(path: path)
            try store.insertClass(sampleClass())
            var settings = ClassSettings()
            settings.locked = true
            settings.pacing = .byStage
            settings.releasedStage = .growth
            settings.deadline = Date(timeIntervalSince1970: 2_000_000_000)
            try store.updateSettings(code: "ABCDEF", settings)
            _ = try store.insertSeat(classCode: "ABCDEF", trainee: "张三", secretHash: "h1", joined: Date())
        }
        let store = try SQLiteClassroomStore(path: path)
        let record = try #require(try store.classRecord(code: "ABCDEF"))
        #expect(record.name == "华东一班")
        #expect(record.mode == .exam)
        #expect(record.scenarioSource == Data("id: mini".utf8))
        #expect(record.settings.locked && record.settings.pacing == .byStage && record.settings.releasedStage == .growth)
        #expect(record.settings.deadline == Date(timeIntervalSince1970: 2_000_000_000))
        let seat = try #require(try store.seat(secretHash: "h1"))
        #expect(seat.trainee == "张三")
        #expect(seat.appliedSequence == 0)
    }

    @Test("appends from many seats at once keep each seat's order, and store the sequence answered")
    func concurrentAppendsKeepOrder() async throws {
        let store = try SQLiteClassroomStore(path: temporaryStorePath())
        try store.insertClass(sampleClass())
        let seats = try (0..<20).map { try store.insertSeat(classCode: "ABCDEF", trainee: "t\($0)", secretHash: "h\($0)", joined: Date()) }
        DispatchQueue.concurrentPerform(iterations: seats.count) { index in
            for line in 1...25 {
                try! store.appendEntries(seatID: seats[index].id, lines: ["{\"n\":\(line)}"], sequence: line)
            }
        }
        for seat in seats {
            #expect(try store.entries(seatID: seat.id) == (1...25).map { "{\"n\":\($0)}" })
            #expect(try store.seat(secretHash: seat.secretHash)?.appliedSequence == 25)
        }
    }

    @Test("an append for a seat that does not exist fails alone; the others in its batch are stored")
    func badAppendFailsAlone() throws {
        let store = try SQLiteClassroomStore(path: temporaryStorePath())
        try store.insertClass(sampleClass())
        let seat = try store.insertSeat(classCode: "ABCDEF", trainee: "a", secretHash: "h", joined: Date())
        #expect(throws: (any Error).self) { try store.appendEntries(seatID: 9_999, lines: ["x"], sequence: 1) }
        try store.appendEntries(seatID: seat.id, lines: ["a", "b"], sequence: 1)
        #expect(try store.entries(seatID: seat.id) == ["a", "b"])
    }

    @Test("join codes: six characters without 0, O, 1 or I; typed codes normalised")
    func joinCodes() {
        for _ in 0..<200 {
            let code = JoinCode.random()
            #expect(code.count == 6)
            #expect(!code.contains { "0O1I".contains($0) })
        }
        #expect(JoinCode.normalized(" abc234 ") == "ABC234")
        #expect(JoinCode.normalized("ABC10O") == nil)
        #expect(JoinCode.normalized("ABCDEFG") == nil)
    }
}
