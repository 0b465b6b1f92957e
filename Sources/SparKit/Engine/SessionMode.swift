/// Practice shows choices, gives feedback each turn and allows hints and undo; exam hides the
/// choices (answers are typed) and keeps all feedback for the end.
public enum SessionMode: String, Sendable, Hashable, Codable, CaseIterable {
    case practice, exam
}
