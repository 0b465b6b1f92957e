import Testing
@testable import SparTerminal

@Suite struct ReadlinePromptTests {
    @Test func escapesAreMarkedInvisible() {
        let prompt = "\u{1B}[1;36m你\u{1B}[0m> "
        #expect(ReadlineEditor.readlineSafePrompt(prompt) == "\u{01}\u{1B}[1;36m\u{02}你\u{01}\u{1B}[0m\u{02}> ")
    }

    @Test func plainPromptIsUnchanged() {
        #expect(ReadlineEditor.readlineSafePrompt("you> ") == "you> ")
    }

    @Test func wrappingTwiceChangesNothing() {
        let once = ReadlineEditor.readlineSafePrompt(Style(enabled: true).green("王总") + " > ")
        #expect(ReadlineEditor.readlineSafePrompt(once) == once)
    }
}
