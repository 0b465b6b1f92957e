/// What a single prompt produced.
public enum LineReadResult: Sendable, Equatable {
    /// A line the user submitted (without the trailing newline).
    case line(String)
    /// Ctrl-C: the line was cleared; the caller should simply prompt again.
    case interrupted
    /// Ctrl-D on an empty line, or the input stream ended.
    case endOfInput
}
