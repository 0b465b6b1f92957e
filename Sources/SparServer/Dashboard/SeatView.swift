import Foundation
import SalesMethod
import SparClassroom
import SparKit

/// One seat as the dashboard reads it at one moment: where the trainee stands, what they scored so
/// far, and the records of their answers (for the heat map and the class's analytics).
struct SeatView: Sendable {
    var seat: Int64
    var trainee: String
    var status: RosterEntry.Status
    var waiting: Bool
    var answered: Int
    var language: Language?
    var node: String?
    var stage: LifecycleStage?
    var elapsed: Int?
    /// Points so far per dimension (the session's events).
    var points: [ScoreDimension: Int] = [:]
    var outcome: Outcome?
    var overall: Int?
    var passed: Bool?
    /// The scorecard's percentage per dimension, once finished.
    var percents: [ScoreDimension: Int] = [:]
    var records: [TranscriptRecord] = []
}

extension LiveSeat {
    /// What the seat holds now. A seat not picked up since the server started is read from its
    /// stored records (`stored`), without replaying them: replaying would record a resume.
    func dashboardView(stored: @Sendable (Int64) -> StoredSeatView?) -> SeatView {
        let connected = outbox != nil
        var view = SeatView(seat: id, trainee: trainee, status: kicked ? .kicked : (connected ? .connected : .disconnected),
                            waiting: waitingFor != nil, answered: applied)
        if let session {
            let state = session.session.state
            view.language = session.session.language
            view.node = state.node
            view.stage = state.stage
            view.elapsed = state.elapsed
            for event in state.events { view.points[event.dimension, default: 0] += event.points }
            view.outcome = state.ending?.outcome
            view.records = session.session.journal
            if let card = session.scorecard {
                view.overall = card.overall
                view.passed = card.passed
                for dimension in card.dimensions where dimension.reached {
                    if let percent = dimension.percent { view.percents[dimension.dimension] = percent }
                }
                if !kicked { view.status = .finished }
            }
        } else if let known = stored(id) {
            view.language = known.language
            view.node = known.node
            view.stage = known.stage
            view.elapsed = known.elapsed
            view.points = known.points
            view.outcome = known.outcome
            view.overall = known.overall
            view.passed = known.passed
            view.percents = known.percents
            view.records = known.records
            if known.finished && !kicked { view.status = .finished }
        }
        return view
    }
}

/// A seat's stored transcript as the dashboard needs it, read once while the seat stays unplayed
/// (nothing is added to its records until the trainee comes back, and then the live session speaks).
struct StoredSeatView: Sendable {
    var language: Language
    var node: String?
    var stage: LifecycleStage?
    var elapsed: Int?
    var points: [ScoreDimension: Int] = [:]
    var outcome: Outcome?
    var overall: Int?
    var passed: Bool?
    var percents: [ScoreDimension: Int] = [:]
    var finished: Bool
    var records: [TranscriptRecord]

    init?(lines: [String], scenario: Scenario) {
        guard !lines.isEmpty, case .success(let transcript) = Transcript.parse(lines.joined(separator: "\n") + "\n", file: "seat") else {
            return nil
        }
        language = transcript.header.lang
        records = transcript.records
        // Where the last answer led: the chosen option's destination, else the node it was given at.
        if let last = transcript.records.last(where: { $0.node != nil }), let at = last.node {
            if last.type == .turn, let number = last.matched, let choices = scenario.node(at)?.choices, choices.indices.contains(number - 1) {
                node = choices[number - 1].goto
            } else {
                node = at
            }
        }
        stage = node.flatMap { scenario.inheritedStageAndPhase(at: $0).stage }
        elapsed = transcript.records.last(where: { $0.elapsed != nil })?.elapsed
        let undone = UndoneRecords.indices(in: transcript.records)
        for (index, record) in transcript.records.enumerated() where !undone.contains(index) {
            for event in record.events ?? [] { points[event.dimension, default: 0] += event.points }
        }
        finished = transcript.end != nil
        if let end = transcript.end {
            outcome = end.outcome
            overall = end.overall
            passed = end.passed
            for (name, percent) in end.dimensions {
                if let dimension = ScoreDimension(rawValue: name) { percents[dimension] = percent }
            }
        }
    }
}
