/// What a transcript body line records. Header and end lines have types of their own
/// (`TranscriptHeader`, `TranscriptEnd`); any other type is not a spar record.
public enum RecordKind: String, Sendable, Hashable, Codable, CaseIterable {
    /// An answer taken as a choice.
    case turn
    /// A classification, at a checkpoint or with /classify.
    case classify
    /// A contact mapped (or skipped) at a checkpoint or with /map.
    case map
    /// A typed answer that could mean several choices: "did you mean …?".
    case unclear
    /// A typed answer that matched nothing (or a number in exam mode).
    case unmatched
    case hint, back, restart, note
    /// Where an interrupted session picked up again (`TranscriptResume`).
    case resume
}

/// How an answer picked its choice.
public enum AnswerVia: String, Sendable, Hashable, Codable, CaseIterable {
    case number, text
}
