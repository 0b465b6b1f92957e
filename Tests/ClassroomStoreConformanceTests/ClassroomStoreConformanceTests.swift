import Foundation
import SalesMethod
import SparClassroom
import SparKit
import Testing

/// What every classroom store promises its callers, checked against each store the run can reach.
@Suite("Classroom store conformance")
struct ClassroomStoreConformanceTests {
    static func sampleClass(_ code: String = "ABCDEF", created: Date = Date(timeIntervalSince1970: 1_800_000_000)) -> ClassRecord {
        ClassRecord(code: code, name: "华东一班", scenarioID: "mini", scenarioFile: "mini.yaml",
                    scenarioSource: Data("id: mini\n名字: 阀门\u{0}".utf8), scenarioSHA256: "00", mode: .exam, created: created)
    }

    @Test("a class, its settings and its seats read back the same from a reopened store", arguments: StoreKind.available)
    func classesAndSettingsSurviveReopening(_ kind: StoreKind) async throws {
        let underTest = try await StoreUnderTest.make(kind)
        let store = underTest.store
        try await onThread { () throws -> Void in
            try store.insertClass(Self.sampleClass())
            try store.insertClass(Self.sampleClass("GHJKLM", created: Date(timeIntervalSince1970: 1_700_000_000)))
            var settings = ClassSettings()
            settings.locked = true
            settings.paused = true
            settings.pacing = .byStage
            settings.releasedStage = .growth
            settings.deadline = Date(timeIntervalSince1970: 2_000_000_000)
            try store.updateSettings(code: "ABCDEF", settings)
            _ = try store.insertSeat(classCode: "ABCDEF", trainee: "张三", secretHash: "h1", joined: Date(timeIntervalSince1970: 1_800_000_100))
        }
        let reopened = try await underTest.reopen()
        try await onThread { () throws -> Void in
            let record = try #require(try reopened.classRecord(code: "ABCDEF"))
            #expect(record == Self.sampleClass().with { $0.settings = record.settings })
            #expect(record.scenarioSource == Self.sampleClass().scenarioSource)
            #expect(record.settings.locked && record.settings.paused && !record.settings.closed)
            #expect(record.settings.pacing == .byStage && record.settings.releasedStage == .growth)
            #expect(record.settings.deadline == Date(timeIntervalSince1970: 2_000_000_000))
            #expect(try reopened.classRecord(code: "ZZZZZZ") == nil)
            // Oldest first.
            #expect(try reopened.allClasses().map(\.code) == ["GHJKLM", "ABCDEF"])
            let seat = try #require(try reopened.seat(secretHash: "h1"))
            #expect(seat.trainee == "张三" && seat.classCode == "ABCDEF" && !seat.kicked && seat.appliedSequence == 0)
            #expect(seat.joined == Date(timeIntervalSince1970: 1_800_000_100))
            // Settings go back to open as well.
            try reopened.updateSettings(code: "ABCDEF", ClassSettings())
            #expect(try store.classRecord(code: "ABCDEF")?.settings == ClassSettings())
        }
        await underTest.remove()
    }

    @Test("what the store refuses: an unknown class or seat, a second class with a code, a reused seat secret",
          arguments: StoreKind.available)
    func refusals(_ kind: StoreKind) async throws {
        let underTest = try await StoreUnderTest.make(kind)
        let store = underTest.store
        try await onThread { () throws -> Void in
            try store.insertClass(Self.sampleClass())
            #expect(throws: ClassroomStoreError.unknownClass("NOPE23")) { try store.updateSettings(code: "NOPE23", ClassSettings()) }
            #expect(throws: ClassroomStoreError.unknownSeat(9_999)) { try store.setKicked(seatID: 9_999, true) }
            #expect(throws: (any Error).self) { try store.insertClass(Self.sampleClass()) }
            #expect(throws: (any Error).self) { _ = try store.insertSeat(classCode: "NOPE23", trainee: "a", secretHash: "x", joined: Date()) }
            _ = try store.insertSeat(classCode: "ABCDEF", trainee: "a", secretHash: "same", joined: Date())
            #expect(throws: (any Error).self) { _ = try store.insertSeat(classCode: "ABCDEF", trainee: "b", secretHash: "same", joined: Date()) }
            #expect(try store.seats(classCode: "ABCDEF").count == 1)
        }
        await underTest.remove()
    }

    @Test("seats come back in the order they joined, and a kick is stored", arguments: StoreKind.available)
    func seatsInOrderAndKicks(_ kind: StoreKind) async throws {
        let underTest = try await StoreUnderTest.make(kind)
        let store = underTest.store
        try await onThread { () throws -> Void in
            try store.insertClass(Self.sampleClass())
            try store.insertClass(Self.sampleClass("GHJKLM"))
            let seats = try (0..<5).map { try store.insertSeat(classCode: "ABCDEF", trainee: "t\($0)", secretHash: "h\($0)", joined: Date()) }
            _ = try store.insertSeat(classCode: "GHJKLM", trainee: "other", secretHash: "o", joined: Date())
            #expect(Set(seats.map(\.id)).count == 5)
            #expect(try store.seats(classCode: "ABCDEF").map(\.trainee) == ["t0", "t1", "t2", "t3", "t4"])
            #expect(try store.seats(classCode: "ABCDEF").map(\.id) == seats.map(\.id))
            try store.setKicked(seatID: seats[2].id, true)
            #expect(try store.seat(secretHash: "h2")?.kicked == true)
            try store.setKicked(seatID: seats[2].id, false)
            #expect(try store.seat(secretHash: "h2")?.kicked == false)
        }
        await underTest.remove()
    }

    @Test("appends from many seats at once keep each seat's order and store the sequence answered", arguments: StoreKind.available)
    func concurrentAppendsKeepOrder(_ kind: StoreKind) async throws {
        let underTest = try await StoreUnderTest.make(kind)
        let store = underTest.store
        let seats = try await onThread {
            try store.insertClass(Self.sampleClass())
            return try (0..<12).map { try store.insertSeat(classCode: "ABCDEF", trainee: "t\($0)", secretHash: "h\($0)", joined: Date()) }
        }
        try await withThrowingTaskGroup(of: Void.self) { group in
            for seat in seats {
                group.addTask {
                    for line in 1...15 {
                        try await store.append(StagedEntries(seatID: seat.id, lines: ["{\"n\":\(line)}", "{\"n\":\(line),\"b\":1}"], sequence: line))
                    }
                }
            }
            try await group.waitForAll()
        }
        try await onThread { () throws -> Void in
            for seat in seats {
                #expect(try store.entries(seatID: seat.id) == (1...15).flatMap { ["{\"n\":\($0)}", "{\"n\":\($0),\"b\":1}"] })
                #expect(try store.seat(secretHash: seat.secretHash)?.appliedSequence == 15)
            }
        }
        await underTest.remove()
    }

    @Test("an append is readable by another store object as soon as it returns; a lower sequence never lowers the one stored",
          arguments: StoreKind.available)
    func acknowledgedAppendIsCommitted(_ kind: StoreKind) async throws {
        let underTest = try await StoreUnderTest.make(kind)
        let store = underTest.store
        let other = try await underTest.reopen()
        let seat = try await onThread {
            try store.insertClass(Self.sampleClass())
            return try store.insertSeat(classCode: "ABCDEF", trainee: "a", secretHash: "h", joined: Date())
        }
        for sequence in 1...5 {
            try await store.append(StagedEntries(seatID: seat.id, lines: ["line \(sequence)"], sequence: sequence))
            let seen = try await onThread { (try other.entries(seatID: seat.id), try other.seat(secretHash: "h")?.appliedSequence) }
            #expect(seen.0.last == "line \(sequence)" && seen.1 == sequence)
        }
        try await onThread { () throws -> Void in
            // The header before any input: lines with no sequence.
            try store.appendEntries(seatID: seat.id, lines: ["late"], sequence: 3)
            try store.appendEntries(seatID: seat.id, lines: [], sequence: nil)
            #expect(try other.seat(secretHash: "h")?.appliedSequence == 5)
            #expect(try other.entries(seatID: seat.id) == (1...5).map { "line \($0)" } + ["late"])
        }
        await underTest.remove()
    }

    @Test("an append for a seat that does not exist fails alone; the others are stored", arguments: StoreKind.available)
    func badAppendFailsAlone(_ kind: StoreKind) async throws {
        let underTest = try await StoreUnderTest.make(kind)
        let store = underTest.store
        let seat = try await onThread {
            try store.insertClass(Self.sampleClass())
            return try store.insertSeat(classCode: "ABCDEF", trainee: "a", secretHash: "h", joined: Date())
        }
        try await withThrowingTaskGroup(of: Bool.self) { group in
            group.addTask { (try? await store.append(StagedEntries(seatID: 9_999, lines: ["x"], sequence: 1))) != nil }
            group.addTask { (try? await store.append(StagedEntries(seatID: seat.id, lines: ["a", "b"], sequence: 1))) != nil }
            var succeeded = 0
            for try await ok in group where ok { succeeded += 1 }
            #expect(succeeded == 1)
        }
        try await onThread { () throws -> Void in
            #expect(throws: (any Error).self) { try store.appendEntries(seatID: 9_999, lines: ["x"], sequence: 1) }
            #expect(try store.entries(seatID: seat.id) == ["a", "b"])
            #expect(try store.entries(seatID: 9_999) == [])
        }
        await underTest.remove()
    }

    @Test("a played seat's records rebuild its session from a reopened store, with the scores of one that never stopped",
          arguments: StoreKind.available)
    func seatSessionRebuildsFromTheStore(_ kind: StoreKind) async throws {
        let underTest = try await StoreUnderTest.make(kind)
        let store = underTest.store
        let scenarioPath = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("scenarios/zh/components-first-visit.yaml").path
        let source = try Data(contentsOf: URL(fileURLWithPath: scenarioPath))
        let scenario = try #require(ScenarioLoader.load(data: source, file: scenarioPath).scenario)
        let record = ClassRecord(code: "PLAY23", name: nil, scenarioID: scenario.id, scenarioFile: scenarioPath, scenarioSource: source,
                                 scenarioSHA256: scenario.sha256, mode: .practice)
        let cache = BestScoresCache(engineVersion: "test")
        let best: @Sendable (Scenario) -> BestScores = { cache.best(for: $0) }
        let inputs = PathInputs.lines(for: scenario, path: ExplorationReport(scenario: scenario).best.path)
        let reopened = try await underTest.reopen()
        let (resumedOverall, directOverall, turns) = try await onThread { () -> (Int?, Int, Int) in
            try store.insertClass(record)
            let seat = try store.insertSeat(classCode: "PLAY23", trainee: "甲", secretHash: "s", joined: Date())
            let classScenario = try ClassScenario(record: record)
            var first = try SeatSession.open(seat: seat, record: record, scenario: classScenario, store: store,
                                              language: SessionLanguage(), version: "test", best: best)
            var sequence = 0
            for line in inputs.prefix(inputs.count / 2) where !first.isFinished {
                sequence += 1
                _ = try first.handle(line, sequence: sequence)
            }
            let storedSeat = try #require(try reopened.seat(secretHash: "s"))
            var second = try SeatSession.open(seat: storedSeat, record: record, scenario: ClassScenario(record: record), store: reopened,
                                               language: SessionLanguage(), version: "test", best: best)
            #expect(second.resumed)
            #expect(second.session.state.turn == first.session.state.turn)
            for line in inputs.dropFirst(inputs.count / 2) where !second.isFinished {
                sequence += 1
                _ = try second.handle(line, sequence: sequence)
            }
            var direct = Session(scenario: scenario, mode: .practice)
            _ = direct.begin()
            for line in inputs.prefix(sequence) { _ = direct.handle(line) }
            let card = Scorecard(state: direct.state, scenario: scenario, best: best(scenario))
            return (second.scorecard?.overall, card.overall, sequence)
        }
        #expect(turns == inputs.count && turns > 2)
        #expect(resumedOverall != nil && resumedOverall == directOverall)
        await underTest.remove()
    }
}

@Suite("Classroom store copy")
struct ClassroomStoreCopyTests {
    @Test("a class copied from a SQLite file arrives whole: settings, seats with their secrets and kicks, records, sequences",
          arguments: StoreKind.available)
    func copyFromSQLite(_ kind: StoreKind) async throws {
        let source = try await StoreUnderTest.make(.sqlite)
        let target = try await StoreUnderTest.make(kind)
        let (from, to) = (source.store, target.store)
        try await onThread { () throws -> Void in
            var record = ClassroomStoreConformanceTests.sampleClass()
            record.settings.paused = true
            try from.insertClass(record)
            try from.insertClass(ClassroomStoreConformanceTests.sampleClass("GHJKLM"))
            let first = try from.insertSeat(classCode: "ABCDEF", trainee: "甲", secretHash: "h1", joined: Date(timeIntervalSince1970: 1_800_000_001))
            let second = try from.insertSeat(classCode: "ABCDEF", trainee: "乙", secretHash: "h2", joined: Date(timeIntervalSince1970: 1_800_000_002))
            try from.appendEntries(seatID: first.id, lines: ["header"], sequence: nil)
            try from.appendEntries(seatID: first.id, lines: ["a", "b"], sequence: 1)
            try from.appendEntries(seatID: first.id, lines: ["c"], sequence: 2)
            try from.setKicked(seatID: second.id, true)

            let counts = try ClassroomStoreCopy.copy(from: from, to: to)
            #expect(counts.classes == 2 && counts.seats == 2 && counts.entries == 4 && counts.skipped.isEmpty)
            #expect(try to.classRecord(code: "ABCDEF") == record)
            #expect(try to.allClasses().map(\.code).sorted() == ["ABCDEF", "GHJKLM"])
            let copied = try #require(try to.seat(secretHash: "h1"))
            #expect(copied.trainee == "甲" && copied.appliedSequence == 2 && !copied.kicked)
            #expect(copied.joined == Date(timeIntervalSince1970: 1_800_000_001))
            #expect(try to.entries(seatID: copied.id) == ["header", "a", "b", "c"])
            #expect(try to.seat(secretHash: "h2")?.kicked == true)
            #expect(try to.seats(classCode: "ABCDEF").map(\.trainee) == ["甲", "乙"])

            // Copied again: nothing doubles.
            let again = try ClassroomStoreCopy.copy(from: from, to: to)
            #expect(again.classes == 0 && again.skipped.sorted() == ["ABCDEF", "GHJKLM"])
            #expect(try to.entries(seatID: copied.id).count == 4)
            #expect(throws: ClassroomStoreError.unknownClass("ZZZZZZ")) { try ClassroomStoreCopy.copy(from: from, to: to, classCode: "ZZZZZZ") }
        }
        await source.remove()
        await target.remove()
    }
}

extension ClassRecord {
    func with(_ change: (inout ClassRecord) -> Void) -> ClassRecord {
        var copy = self
        change(&copy)
        return copy
    }
}
