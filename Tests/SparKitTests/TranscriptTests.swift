import Foundation
import SalesMethod
@testable import SparKit
import Testing
import TestSupport

/// Transcripts (docs/transcripts.md, schema v1): JSON Lines that other tools read, that
/// survive a killed session, and that replay checks score by score.
@Suite struct TranscriptTests {
    static let started = "2026-11-22T15:31:07Z"

    /// A finished session on mini.yaml: the perfect road with the checkpoint answered.
    func playedMini(mode: SessionMode = .practice) throws -> (Session, Scenario) {
        let scenario = try miniScenario()
        var session = Session(scenario: scenario, mode: mode)
        _ = session.begin()
        let inputs = mode == .practice ? ["1", "未知 预算不清楚", "1"]
            : ["价格确实重要，您最看重哪些指标", "未知 预算不清楚", "两周到货，今天定下来"]
        for input in inputs { _ = session.handle(input) }
        #expect(session.isFinished)
        return (session, scenario)
    }

    func header(_ scenario: Scenario, mode: SessionMode = .practice) -> TranscriptHeader {
        TranscriptHeader(scenario: scenario, trainee: "张三", className: "华东一班", mode: mode, lang: .zh,
                         version: "0.1.0", started: Self.started)
    }

    func lines(of session: Session, scenario: Scenario, best: BestScores) -> [String] {
        var lines = [TranscriptCoding.line(header(scenario, mode: session.mode))]
        lines += session.journal.map { TranscriptCoding.line($0) }
        if session.isFinished {
            let scorecard = Scorecard(state: session.state, scenario: scenario, best: best)
            lines.append(TranscriptCoding.line(TranscriptEnd(scorecard: scorecard, state: session.state)))
        }
        return lines
    }

    func object(_ line: String) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
    }

    // MARK: - Records and schema

    @Test func recordsRoundTripThroughJSON() throws {
        let record = TranscriptRecord(
            type: .turn, turn: 3, node: "metrics", input: "两周到货", matched: 1, say: "两周到货。", via: .text,
            elapsed: 15, events: [ScoreEvent(dimension: .closing, points: 3, rule: "closing.on_signal", reason: "抓住购买信号", turn: 3)],
            outcome: .signed)
        let line = TranscriptCoding.line(record)
        #expect(!line.contains("\n"))
        let json = try object(line)
        #expect(json["type"] as? String == "turn")
        #expect(json["n"] as? Int == 3)
        #expect(json["turn"] == nil)
        #expect(json["node"] as? String == "metrics")
        #expect(json["input"] as? String == "两周到货")
        #expect(json["matched"] as? Int == 1)
        #expect(json["outcome"] as? String == "signed")
        #expect(json["given"] == nil, "unused fields are left out")
        let event = try #require((json["events"] as? [[String: Any]])?.first)
        #expect(event["dimension"] as? String == "closing")
        #expect(event["points"] as? Int == 3)
        #expect(event["reason"] as? String == "抓住购买信号")
        #expect(TranscriptCoding.decode(TranscriptRecord.self, from: Substring(line)) == record)
    }

    @Test func theSameRecordAlwaysEncodesToTheSameBytes() {
        let record = TranscriptRecord(type: .classify, turn: 1, node: "metrics", input: "未知", given: "unknown",
                                      reasons: [], expected: "unknown")
        #expect(TranscriptCoding.line(record) == TranscriptCoding.line(record))
        #expect(TranscriptCoding.line(record).hasPrefix("{\"expected\""), "keys are sorted")
    }

    @Test func headerHasTheSchemaV1Keys() throws {
        let scenario = try miniScenario()
        let json = try object(TranscriptCoding.line(header(scenario, mode: .exam)))
        #expect(json["type"] as? String == "header")
        #expect(json["scenario"] as? String == "mini")
        #expect(json["scenario_sha256"] as? String == scenario.sha256)
        #expect((json["scenario_sha256"] as? String)?.count == 64)
        #expect(json["trainee"] as? String == "张三")
        #expect(json["mode"] as? String == "exam")
        #expect(json["lang"] as? String == "zh")
        #expect(json["version"] as? String == "0.1.0")
        #expect(json["started"] as? String == Self.started)
        #expect(json["schema"] as? Int == 1)
    }

    @Test func endHasTheSchemaV1Keys() throws {
        let (session, scenario) = try playedMini()
        let best = ScoreSearch.best(for: scenario)
        let end = TranscriptEnd(scorecard: Scorecard(state: session.state, scenario: scenario, best: best), state: session.state)
        let json = try object(TranscriptCoding.line(end))
        #expect(json["type"] as? String == "end")
        #expect(json["outcome"] as? String == "signed")
        let overall = try #require(json["overall"] as? Int)
        #expect((0...100).contains(overall))
        #expect(Band.allCases.map(\.rawValue).contains(try #require(json["band"] as? String)))
        let dimensions = try #require(json["dimensions"] as? [String: Int])
        // Perfect on everything but people (never mapped): 100 each, people 0.
        #expect(dimensions == ["stage": 100, "classification": 100, "people": 0, "discovery": 100,
                               "objection": 100, "closing": 100, "rapport": 100])
    }

    // MARK: - Parsing

    @Test func parsesWhatASessionWrites() throws {
        let (session, scenario) = try playedMini()
        let text = lines(of: session, scenario: scenario, best: ScoreSearch.best(for: scenario)).joined(separator: "\n") + "\n"
        let transcript = try Transcript.parse(text, file: "t.jsonl").get()
        #expect(transcript.header.scenario == "mini")
        #expect(transcript.header.trainee == "张三")
        #expect(transcript.records.map(\.type) == [RecordKind.turn, .classify, .turn])
        #expect(transcript.recordLines == [2, 3, 4])
        #expect(transcript.end?.outcome == .signed)
        #expect(transcript.diagnostics.isEmpty)
    }

    @Test func aTornLastLineIsSkippedWithAWarning() throws {
        let (session, scenario) = try playedMini()
        var body = lines(of: session, scenario: scenario, best: ScoreSearch.best(for: scenario))
        body.removeLast()  // no end: the session was killed
        let text = body.joined(separator: "\n") + "\n" + "{\"type\":\"turn\",\"n\":4,\"inp"
        let transcript = try Transcript.parse(text, file: "t.jsonl").get()
        #expect(transcript.records.count == 3)
        #expect(transcript.end == nil)
        let warning = try #require(transcript.diagnostics.first)
        #expect(transcript.diagnostics.count == 1)
        #expect(warning.severity == .warning)
        #expect(warning.code == .badTranscript)
        #expect(warning.location.line == 5)
    }

    @Test func aBrokenMiddleLineIsRejectedWithItsLineNumber() throws {
        let (session, scenario) = try playedMini()
        var body = lines(of: session, scenario: scenario, best: ScoreSearch.best(for: scenario))
        body[2] = String(body[2].prefix(10))
        let result = Transcript.parse(body.joined(separator: "\n") + "\n", file: "t.jsonl")
        guard case .failure(let diagnostic) = result else {
            Issue.record("a broken middle line was accepted")
            return
        }
        #expect(diagnostic.severity == .error)
        #expect(diagnostic.code == .badTranscript)
        #expect(diagnostic.location == SparKit.SourceLocation(file: "t.jsonl", line: 3, column: 1))
    }

    @Test(arguments: [
        "name,score\nalice,3\nbob,4\n",
        "{\"type\":\"turn\",\"n\":1,\"input\":\"1\"}\n{\"type\":\"turn\",\"n\":2,\"input\":\"2\"}\n",
        "{\"hello\":\"world\"}\n",
        "",
    ])
    func aFileWithoutAHeaderIsRejected(text: String) {
        guard case .failure(let diagnostic) = Transcript.parse(text, file: "other.txt") else {
            Issue.record("accepted a foreign file")
            return
        }
        #expect(diagnostic.severity == .error)
        #expect(diagnostic.location.line == 1)
    }

    @Test func aSecondHeaderIsRejected() throws {
        let scenario = try miniScenario()
        let line = TranscriptCoding.line(header(scenario))
        guard case .failure(let diagnostic) = Transcript.parse(line + "\n" + line + "\n", file: "t.jsonl") else {
            Issue.record("two headers accepted")
            return
        }
        #expect(diagnostic.location.line == 2)
    }

    @Test func writerAppendsLinesThatReadBack() throws {
        let (session, scenario) = try playedMini()
        let directory = FileManager.default.temporaryDirectory
            .appendingPathComponent("spar-transcript-tests-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let writer = try TranscriptWriter(directory: directory, fileName: "t.jsonl")
        try writer.write(header(scenario))
        for record in session.journal { try writer.write(record) }
        writer.close()
        let transcript = try Transcript.read(path: writer.path).get()
        #expect(transcript.records == session.journal)
    }

    @Test func fileNamesAreSafe() {
        let name = TranscriptWriter.fileName(trainee: "张 三/a:b", scenario: "mini", date: Date(timeIntervalSince1970: 0))
        #expect(name == "1970-01-01T00-00-00_张_三_a_b_mini.jsonl")
    }

    // MARK: - Replay

    @Test(arguments: [SessionMode.practice, .exam])
    func replayOfASessionsOwnJournalPasses(mode: SessionMode) throws {
        let (session, scenario) = try playedMini(mode: mode)
        let best = ScoreSearch.best(for: scenario)
        let text = lines(of: session, scenario: scenario, best: best).joined(separator: "\n") + "\n"
        let transcript = try Transcript.parse(text, file: "t.jsonl").get()
        let report = Replay.run(transcript, scenario: scenario, best: best, version: "0.1.0")
        #expect(report.passed, "\(String(describing: report.divergence))")
        #expect(!report.scenarioChanged)
        #expect(report.turns == 2)
        #expect(report.end?.outcome == .signed)
    }

    @Test func aTamperedScoreDivergesAtItsLine() throws {
        let (session, scenario) = try playedMini()
        let best = ScoreSearch.best(for: scenario)
        var body = lines(of: session, scenario: scenario, best: best)
        // Line 4 is the closing turn; claim one more point for its close.
        var record = session.journal[2]
        var events = try #require(record.events)
        let index = try #require(events.firstIndex { $0.rule == "closing.on_signal" })
        events[index].points += 1
        record.events = events
        body[3] = TranscriptCoding.line(record)
        let transcript = try Transcript.parse(body.joined(separator: "\n") + "\n", file: "t.jsonl").get()
        let report = Replay.run(transcript, scenario: scenario, best: best, version: "0.1.0")
        let divergence = try #require(report.divergence)
        #expect(divergence.line == 4)
        #expect(divergence.message.contains("closing"))
    }

    @Test func aTamperedEndDivergesAtTheEndLine() throws {
        let (session, scenario) = try playedMini()
        let best = ScoreSearch.best(for: scenario)
        var body = lines(of: session, scenario: scenario, best: best)
        var end = try #require(TranscriptCoding.decode(TranscriptEnd.self, from: Substring(body[4])))
        end.overall = 100
        body[4] = TranscriptCoding.line(end)
        let transcript = try Transcript.parse(body.joined(separator: "\n") + "\n", file: "t.jsonl").get()
        let report = Replay.run(transcript, scenario: scenario, best: best, version: "0.1.0")
        #expect(report.divergence?.line == 5)
    }

    @Test func replayNoticesAChangedScenario() throws {
        let (session, scenario) = try playedMini()
        let best = ScoreSearch.best(for: scenario)
        var changed = scenario
        changed.sha256 = String(repeating: "0", count: 64)
        let transcript = try Transcript.parse(lines(of: session, scenario: scenario, best: best).joined(separator: "\n"), file: "t.jsonl").get()
        #expect(Replay.run(transcript, scenario: changed, best: best, version: "0.1.0").scenarioChanged)
    }

    // MARK: - Scenario hash

    @Test(arguments: [
        ("abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"),
        ("", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"),
        ("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq",
         "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"),
    ])
    func sha256MatchesTheFIPSVectors(input: String, digest: String) {
        #expect(SHA256.hex(of: Array(input.utf8)) == digest)
        #expect(SHA256.hex(of: Data(input.utf8)) == digest)
    }
}
