import Foundation
import SparClassroom
import SparKit
import Testing

@Suite("Seat sessions: committed before returned, rebuilt after a restart")
struct SeatSessionTests {
    @Test("a session stopped halfway and rebuilt from the store ends with the scores of one that never stopped")
    func restartRebuildsTheSameScores() throws {
        let classroom = try TestClassroom.make(mode: .practice)
        defer { classroom.remove() }
        let inputs = classroom.bestInputs
        let record = try #require(try classroom.store.classRecord(code: classroom.code))
        let scenario = try ClassScenario(record: record)
        let seat = try classroom.store.insertSeat(classCode: classroom.code, trainee: "甲", secretHash: "s", joined: Date())
        let best: @Sendable (Scenario) -> BestScores = { TestClassroom.bestScores.best(for: $0) }

        var first = try SeatSession.open(seat: seat, record: record, scenario: scenario, store: classroom.store,
                                          language: SessionLanguage(), version: "test", best: best)
        let half = inputs.count / 2
        for (index, line) in inputs.prefix(half).enumerated() {
            let before = try classroom.store.entries(seatID: seat.id).count
            _ = try first.handle(line, sequence: index + 1)
            // Returned only after the input's records are in the store.
            #expect(try classroom.store.entries(seatID: seat.id).count > before)
        }
        #expect(try classroom.store.seat(secretHash: "s")?.appliedSequence == half)

        // "Restart": nothing of `first` is used again but the store.
        var second = try SeatSession.open(seat: seat, record: record, scenario: scenario, store: classroom.store,
                                           language: SessionLanguage(), version: "test", best: best)
        #expect(second.resumed)
        #expect(second.session.state.turn == first.session.state.turn)
        #expect(!second.isFinished)
        for (index, line) in inputs.dropFirst(half).enumerated() {
            _ = try second.handle(line, sequence: half + index + 1)
        }
        guard let resumedCard = second.scorecard else {
            Issue.record("the rebuilt session did not reach its end")
            return
        }

        var uninterrupted = Session(scenario: classroom.scenario, mode: .practice)
        _ = uninterrupted.begin()
        for line in inputs { _ = uninterrupted.handle(line) }
        let direct = Scorecard(state: uninterrupted.state, scenario: classroom.scenario, best: best(classroom.scenario))
        #expect(resumedCard.overall == direct.overall)
        #expect(resumedCard.dimensionPercents == direct.dimensionPercents)

        // The stored transcript replays as any transcript file does.
        let text = try classroom.store.entries(seatID: seat.id).joined(separator: "\n") + "\n"
        let transcript = try Transcript.parse(text, file: "seat").get()
        #expect(transcript.end?.overall == direct.overall)
        let replayed = Replay.run(transcript, scenario: classroom.scenario, best: best(classroom.scenario), version: "test")
        #expect(replayed.passed, "\(replayed)")

        // A finished seat opened again shows its scorecard and records nothing more.
        let third = try SeatSession.open(seat: seat, record: record, scenario: scenario, store: classroom.store,
                                          language: SessionLanguage(), version: "test", best: best)
        #expect(third.isFinished)
        #expect(third.scorecard?.overall == direct.overall)
    }
}
