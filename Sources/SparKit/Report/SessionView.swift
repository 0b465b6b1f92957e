import SalesMethod

/// One transcript put back together for reading (`spar show`): every record in order, with the
/// customer's line looked up in the scenario, since transcripts record answers, not the script.
public struct SessionView: Sendable {
    /// What the customer said on arriving at a node.
    public struct CustomerLine: Sendable, Hashable {
        public var speaker: String
        public var line: String
        public var cue: String?
    }

    public struct Step: Sendable, Hashable {
        public var record: TranscriptRecord
        /// The record's line in the file.
        public var fileLine: Int
        /// Set on the first record at a node (not repeated for a checkpoint and the answer that follows).
        public var customer: CustomerLine?
        /// Taken back by a later `/back` or `/restart`: shown, but its points do not count.
        public var undone = false

        public var points: Int { (record.events ?? []).reduce(0) { $0 + $1.points } }
    }

    public var header: TranscriptHeader
    public var steps: [Step]
    public var end: TranscriptEnd?
    public var warnings: [Diagnostic]
    public var scenarioTitle: String?
    public var meetingMinutes: Int?
    /// The scenario could not be found: steps come without the customer's lines.
    public var scenarioMissing: Bool
    /// The scenario file changed since the recording, so lines shown may differ from what was played.
    public var scenarioChanged: Bool
    /// What replaying the session found (`SessionVerifier`); the end is shown only when it can be believed.
    public var verification: SessionVerification = .trusted

    /// The end to show: the recomputed one, or the written one when trusted; nil when it does not replay or was not checked.
    public var believedEnd: TranscriptEnd? {
        switch verification {
        case .doesNotReplay, .unverified: nil
        case .replayed, .trusted, .startedMidScenario: end
        }
    }

    public init(transcript: Transcript, scenario: Scenario?) {
        header = transcript.header
        end = transcript.end
        warnings = transcript.diagnostics
        scenarioTitle = scenario?.title
        meetingMinutes = scenario?.meeting.minutes
        scenarioMissing = scenario == nil
        scenarioChanged = scenario.map { $0.sha256 != transcript.header.scenarioSHA256 } ?? false
        var steps: [Step] = []
        var previousNode: String?
        let undone = UndoneRecords.indices(in: transcript.records)
        for (index, record) in transcript.records.enumerated() {
            var step = Step(record: record, fileLine: transcript.recordLines[index], customer: nil,
                            undone: undone.contains(index))
            let goesBack = record.type == .back || record.type == .restart
            if let node = record.node, !goesBack {
                if node != previousNode, let scenario { step.customer = Self.customerLine(at: node, in: scenario, language: header.lang) }
                previousNode = node
            }
            // After going back or restarting, the customer's line is worth seeing again.
            if record.type == .back || record.type == .restart { previousNode = nil }
            steps.append(step)
        }
        self.steps = steps
    }

    static func customerLine(at nodeID: String, in scenario: Scenario, language: Language) -> CustomerLine? {
        guard let node = scenario.node(nodeID), let line = node.line else { return nil }
        let speaker = node.speaker.flatMap { scenario.contact($0) }?.displayName(language)
            ?? (language == .zh ? "客户" : "Customer")
        return CustomerLine(speaker: speaker, line: line, cue: node.cue)
    }

    /// Every score event that stands, in the order it was given: the scorecard's "every point".
    public var events: [ScoreEvent] { steps.filter { !$0.undone }.flatMap { $0.record.events ?? [] } }

    /// Points per dimension over the whole session.
    public var pointsByDimension: [ScoreDimension: Int] {
        events.reduce(into: [:]) { $0[$1.dimension, default: 0] += $1.points }
    }
}
