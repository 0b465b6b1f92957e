import SalesMethod

/// Short system messages; `Wording` words them in either language.
public enum Notice: Sendable, Hashable {
    case emptyInput
    case unknownCommand(String)
    case numberOutOfRange(Int, max: Int)
    case typeYourAnswerInExam
    case notInExam(String)
    case nothingToUndo
    case wentBack
    case restarted
    case noteSaved
    case classifyFormat
    /// With a contact of the scenario being played as the example.
    case mapFormat(example: String)
    /// Checkpoint words spar could not read, named back with the words it accepts; nothing was scored.
    case unreadWords([String], allowed: [String])
    case unknownContact(String)
    case mapSkipped(Contact)
    case practiceClassificationNotScored
    case classificationRecorded
    case alreadyEnded
    case timeUp
    case stalled
    case noSponsor
    /// A pasted line longer than the engine reads; the number is the limit in characters.
    case inputShortened(Int)
    /// What kind of answer the customer is still waiting for, after one that was not understood.
    case missingAnswer(MissingAnswer)
    /// "Yes" to a "did you mean" that offered several: which one?
    case whichOneOf([Int])
    /// "No" to a "did you mean".
    case sayItAnotherWay
    /// A contact with `joins:` comes into the meeting at this node.
    case joined(Contact)
}
