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
    case mapFormat
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

    /// Worded by the localisation table (`Wording.notice`).
    public func text(_ language: Language) -> String { Wording(language).notice(self) }
}
