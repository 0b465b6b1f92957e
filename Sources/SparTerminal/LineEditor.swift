/// Reads lines from the user. The REPL talks to this instead of readline directly,
/// so piped input and tests can use a plain reader.
public protocol LineEditor: AnyObject {
    func readLine(prompt: String) -> LineReadResult
    /// Records a submitted line so the user can recall it with the up arrow.
    func addToHistory(_ line: String)
    /// Persists the history, if this editor keeps one.
    func saveHistory()
}
