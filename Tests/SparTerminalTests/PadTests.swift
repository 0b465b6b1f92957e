import Testing
@testable import SparTerminal

@Suite struct PadTests {
    @Test func rightPadsByDisplayWidth() {
        #expect(Pad.right("王总", toWidth: 6) == "王总  ")
        #expect(Pad.right("Li", toWidth: 6) == "Li    ")
        #expect(DisplayWidth.of(Pad.right("王总", toWidth: 10)) == DisplayWidth.of(Pad.right("Li Ming", toWidth: 10)))
    }

    @Test func leftPadsByDisplayWidth() {
        #expect(Pad.left("王总", toWidth: 6) == "  王总")
        #expect(Pad.left("42", toWidth: 4) == "  42")
    }

    @Test func centerSplitsTheSlack() {
        #expect(Pad.center("王", toWidth: 5) == " 王  ")
    }

    @Test func textWiderThanTheColumnIsUnchanged() {
        #expect(Pad.right("王总经理", toWidth: 4) == "王总经理")
        #expect(Pad.left("王总经理", toWidth: 4) == "王总经理")
    }

    @Test func colourCodesDoNotCountAsWidth() {
        let red = "\u{1B}[31m王\u{1B}[39m"
        #expect(Pad.right(red, toWidth: 4) == red + "  ")
    }

    @Test func truncationRespectsWideCharacters() {
        #expect(Truncation.truncate("王总经理你好", toWidth: 7) == "王总经…")
        #expect(Truncation.truncate("short", toWidth: 10) == "short")
        #expect(DisplayWidth.of(Truncation.truncate("abcdefghij", toWidth: 5)) == 5)
        #expect(Truncation.truncate("\u{1B}[1mabcdef\u{1B}[22m", toWidth: 4) == "\u{1B}[1mabc…\u{1B}[0m")
    }
}
