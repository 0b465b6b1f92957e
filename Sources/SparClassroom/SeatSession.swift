import Foundation
import SparKit

/// A seat's recorded session: started for a new seat, or rebuilt from the seat's stored entries
/// through the library's one replay loop, so a session picked up after a restart scores exactly as
/// one that never stopped.
public struct SeatSession: Sendable {
    /// Nil for a seat whose stored transcript had already ended: nothing is recorded any more.
    private var recorder: SessionRecorder?
    private let sink: StoreTranscriptSink
    public private(set) var session: Session
    public private(set) var scorecard: Scorecard?
    /// What the trainee saw last: the opening for a new seat, the current node for one picked up.
    public let opening: [SessionEvent]
    public let resumed: Bool

    public var isFinished: Bool { scorecard != nil }

    init(recorder: SessionRecorder?, sink: StoreTranscriptSink, session: Session, scorecard: Scorecard?,
         opening: [SessionEvent], resumed: Bool) {
        self.recorder = recorder
        self.sink = sink
        self.session = session
        self.scorecard = scorecard
        self.opening = opening
        self.resumed = resumed
    }

    /// Hands input number `sequence` to the session; returns its events once its records (and the
    /// sequence number) are committed.
    public mutating func handle(_ line: String, sequence: Int) throws -> [SessionEvent] {
        guard recorder != nil else { return [.notice(.alreadyEnded)] }
        sink.answering(sequence)
        return try handle(line)
    }

    /// Hands input number `sequence` to the session without storing its records: returns the
    /// session after it, its events and the records to store. The caller stores them (awaiting
    /// `ClassroomStore.append`) and only then adopts `next` and shows the events; if the store
    /// fails, this session is unchanged and the input can be sent again.
    public func answering(_ line: String, sequence: Int) throws -> (next: SeatSession, events: [SessionEvent], staged: StagedEntries) {
        var next = self
        sink.staging(sequence)
        let events: [SessionEvent]
        do {
            events = try next.handle(line)
        } catch {
            _ = sink.takeStaged()
            throw error
        }
        return (next, events, sink.takeStaged())
    }

    private mutating func handle(_ line: String) throws -> [SessionEvent] {
        guard var recorder else { return [.notice(.alreadyEnded)] }
        let events = try recorder.handle(line)
        self.recorder = recorder
        session = recorder.session
        scorecard = recorder.scorecard
        return events
    }

    public enum Failure: Error, Sendable, CustomStringConvertible {
        case unreadable(String)
        case diverges(String)

        public var description: String {
            switch self {
            case .unreadable(let why): "the seat's stored transcript cannot be read: \(why)"
            case .diverges(let why): "the seat's stored transcript no longer replays: \(why)"
            }
        }
    }

    /// The seat's session: rebuilt when it has stored entries, otherwise started (header committed).
    public static func open(seat: SeatRecord, record: ClassRecord, scenario: ClassScenario, store: any ClassroomStore,
                            language: SessionLanguage, version: String,
                            best: @escaping @Sendable (Scenario) -> BestScores) throws -> SeatSession {
        let sink = StoreTranscriptSink(store: store, seatID: seat.id)
        let lines = try store.entries(seatID: seat.id)
        guard !lines.isEmpty else {
            let header = TranscriptHeader(
                scenario: scenario.scenario, trainee: seat.trainee, className: record.name ?? record.code, mode: record.mode,
                lang: language.resolve(scenario.scenario), version: version, started: UTCStamp.iso8601(seat.joined))
            let session = scenario.freshSession(for: header)
            let (recorder, opening) = try SessionRecorder.start(session, header: header, sink: sink, best: best)
            return SeatSession(recorder: recorder, sink: sink, session: recorder.session, scorecard: nil, opening: opening, resumed: false)
        }
        let transcript: Transcript
        switch Transcript.parse(lines.joined(separator: "\n") + "\n", file: "seat \(seat.id)") {
        case .success(let parsed): transcript = parsed
        case .failure(let diagnostic): throw Failure.unreadable(diagnostic.message)
        }
        let (session, divergence) = SessionRebuild.rebuild(transcript, scenario: scenario.scenario, sharing: scenario.template)
        if let divergence { throw Failure.diverges("line \(divergence.line): \(divergence.message)") }
        if transcript.end != nil {
            let card = Scorecard(state: session.state, scenario: scenario.scenario, best: best(scenario.scenario))
            return SeatSession(recorder: nil, sink: sink, session: session, scorecard: card, opening: [], resumed: true)
        }
        let recorder = try SessionRecorder.resume(session, header: transcript.header, sink: sink, best: best, version: version)
        return SeatSession(recorder: recorder, sink: sink, session: session, scorecard: recorder.scorecard,
                           opening: session.presentCurrentNode(), resumed: true)
    }
}

/// The language a seat plays in: the trainee's choice, or the scenario's.
public struct SessionLanguage: Sendable, Hashable {
    public var preferred: Language?
    public init(_ preferred: Language? = nil) { self.preferred = preferred }
    func resolve(_ scenario: Scenario) -> Language { preferred ?? scenario.language }
}

import SalesMethod
