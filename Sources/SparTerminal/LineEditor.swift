/// Reads lines from the user. The REPL talks to this instead of readline directly,
/// so piped input and tests can use a plain reader.
public protocol LineEditor: AnyObject {
    func readLine(prompt: String) -> LineReadResult
    /// Records a submitted line so the user can recall it with the up arrow.
    func addToHistory(_ line: String)
    /// Persists the history, if this editor keeps one.
    func saveHistory()
    /// Prints `draw`'s whole lines without garbling a prompt being edited: at once when no line
    /// is being read, otherwise above the prompt, which is drawn again with the half-typed line.
    /// Callable from any thread.
    func printAbovePrompt(_ draw: @escaping @Sendable () -> Void)
}

extension LineEditor {
    /// Editors without a visible prompt print at once.
    public func printAbovePrompt(_ draw: @escaping @Sendable () -> Void) { draw() }
}
