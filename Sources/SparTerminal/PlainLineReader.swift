/// Line source for stdin that is not a terminal (pipes, files, scripted sessions).
/// Prints no prompt so piped transcripts stay clean, and keeps no history.
public final class PlainLineReader: LineEditor {
    private let nextLine: () -> String?

    /// Reads from standard input. `Swift.readLine` repairs invalid UTF-8 and
    /// grows its buffer as needed, so odd or very long input is safe.
    public convenience init() {
        self.init(reading: { Swift.readLine(strippingNewline: true) })
    }

    /// Reads from any line source; `nil` means the input is exhausted.
    public init(reading nextLine: @escaping () -> String?) {
        self.nextLine = nextLine
    }

    public func readLine(prompt: String) -> LineReadResult {
        guard let line = nextLine() else { return .endOfInput }
        return .line(line)
    }

    public func addToHistory(_ line: String) {}

    public func saveHistory() {}
}
