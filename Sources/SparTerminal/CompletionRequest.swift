/// What the user is completing when they press Tab.
public struct CompletionRequest: Sendable, Equatable {
    /// The word under the cursor, up to the cursor (e.g. "/cl" or "王").
    public var word: String
    /// The whole line being edited.
    public var line: String
    /// The text in front of `word`, e.g. "/classify " when completing its argument.
    public var textBeforeWord: String

    public init(word: String, line: String, textBeforeWord: String) {
        self.word = word
        self.line = line
        self.textBeforeWord = textBeforeWord
    }
}
