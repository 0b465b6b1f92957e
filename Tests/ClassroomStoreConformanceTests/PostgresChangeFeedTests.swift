import Foundation
import SparClassroom
import SparClassroomPostgres
import Testing

/// The change feed that lets every server on one PostgreSQL database see the others' writes.
@Suite("PostgreSQL change feed", .enabled(if: StoreKind.postgresURL != nil))
struct PostgresChangeFeedTests {
    @Test("each write through one store object is announced, once committed, to another's feed, in order; the delay is measured")
    func writesAreAnnounced() async throws {
        let underTest = try await StoreUnderTest.make(.postgres)
        let store = underTest.store
        let other = try #require(try await underTest.reopen() as? any ClassroomChangeFeed)
        let stream = other.changes()
        let received = ReceivedChanges()
        let consumer = Task {
            for await change in stream { received.add(change) }
        }
        defer { consumer.cancel() }
        #expect(await received.wait(for: 1, seconds: 10) == [.listening])

        let seat = try await onThread {
            try store.insertClass(ClassroomStoreConformanceTests.sampleClass())
            let seat = try store.insertSeat(classCode: "ABCDEF", trainee: "a", secretHash: "h", joined: Date())
            var settings = ClassSettings()
            settings.paused = true
            try store.updateSettings(code: "ABCDEF", settings)
            try store.setKicked(seatID: seat.id, true)
            try store.setKicked(seatID: seat.id, false)
            return seat
        }
        // Lines with no sequence (a transcript's header) answer nothing: not announced.
        try await store.append(StagedEntries(seatID: seat.id, lines: ["header"], sequence: nil))
        try await store.append(StagedEntries(seatID: seat.id, lines: ["a"], sequence: 1))
        let expected: [ClassroomChange] = [
            .listening, .classOpened(code: "ABCDEF"), .seatJoined(code: "ABCDEF", seatID: seat.id), .settingsChanged(code: "ABCDEF"),
            .seatKicked(code: "ABCDEF", seatID: seat.id), .seatKicked(code: "ABCDEF", seatID: seat.id),
            .answered(code: "ABCDEF", seatID: seat.id, sequence: 1),
        ]
        #expect(await received.wait(for: expected.count, seconds: 10) == expected)

        // From an answer's commit (its append returned) to the other feed's hearing of it.
        var delays: [Double] = []
        for sequence in 2...51 {
            let before = received.count
            try await store.append(StagedEntries(seatID: seat.id, lines: ["line"], sequence: sequence))
            let committed = ContinuousClock.now
            let seen = await received.wait(for: before + 1, seconds: 10)
            delays.append((ContinuousClock.now - committed) / .milliseconds(1))
            #expect(seen.last == .answered(code: "ABCDEF", seatID: seat.id, sequence: sequence))
        }
        delays.sort()
        print("change feed delay over \(delays.count) answers: median \(String(format: "%.2f", delays[delays.count / 2])) ms, "
              + "max \(String(format: "%.2f", delays.last!)) ms")
        #expect(delays.last! < 1000, "an answer took \(delays.last!) ms to reach another server's feed")
        consumer.cancel()
        await underTest.remove()
    }
}

/// What a feed delivered, for a test to wait on.
final class ReceivedChanges: @unchecked Sendable {
    private let lock = NSLock()
    private var changes: [ClassroomChange] = []

    func add(_ change: ClassroomChange) { lock.withLock { changes.append(change) } }
    var count: Int { lock.withLock { changes.count } }

    /// The changes once there are `count` of them, or those there are after `seconds`.
    func wait(for count: Int, seconds: Double) async -> [ClassroomChange] {
        let deadline = ContinuousClock.now + .seconds(seconds)
        while ContinuousClock.now < deadline {
            let now = lock.withLock { changes }
            if now.count >= count { return now }
            try? await Task.sleep(for: .milliseconds(1))
        }
        return lock.withLock { changes }
    }
}
