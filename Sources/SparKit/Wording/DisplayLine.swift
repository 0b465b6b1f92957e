/// One piece of what a trainee's screen shows, already worded in their language. Front ends lay
/// these out and colour them by role; a classroom server sends them to a remote client as they
/// are, so a line carries nothing the trainee must not see.
public struct DisplayLine: Sendable, Hashable, Codable {
    public enum Role: String, Sendable, Hashable, Codable, CaseIterable {
        case blank, stageBanner, speech, cue, clock, clockWindow, choice, instruction, checkpoint, answer, question,
             warning, coach, scoreGain, scoreLoss, scoreNeutral, plain, heading, entry, ending, adjustment
        /// A system notice, wrapped to the width (a `warning` stays one line).
        case notice
        /// Plain text wrapped to the width, continuation lines indented.
        case detail
        /// A numbered note; the label is its number ("1.").
        case note
        /// A command and what it does; the label is the command ("/help").
        case command
        /// A path or a command line to copy: printed whole, never wrapped by spar (a narrow
        /// terminal folds it on screen, and it still copies as one line).
        case verbatim
    }

    public var role: Role
    /// A lead-in laid out before the text: the speaker's name, "你：", "+3 成交", a choice's number, a command name.
    public var label: String?
    public var text: String

    public init(_ role: Role, label: String? = nil, _ text: String = "") {
        self.role = role
        self.label = label
        self.text = text
    }
}
