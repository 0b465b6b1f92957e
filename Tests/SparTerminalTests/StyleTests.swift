import Testing
@testable import SparTerminal

@Suite struct StyleTests {
    @Test func disabledStyleReturnsInputUnchanged() {
        let style = Style(enabled: false)
        for text in ["plain", "王总", ""] {
            #expect(style.bold(text) == text)
            #expect(style.dim(text) == text)
            #expect(style.red(text) == text)
            #expect(style.green(text) == text)
            #expect(style.yellow(text) == text)
            #expect(style.blue(text) == text)
            #expect(style.magenta(text) == text)
            #expect(style.cyan(text) == text)
            #expect(style.gray(text) == text)
        }
    }

    @Test func enabledStyleWrapsInEscapesOfZeroWidth() {
        let style = Style(enabled: true)
        #expect(style.red("王总") == "\u{1B}[31m王总\u{1B}[39m")
        #expect(style.bold("x") == "\u{1B}[1mx\u{1B}[22m")
        #expect(DisplayWidth.of(style.cyan(style.bold("王总"))) == 4)
    }

    @Test func automaticRespectsTTYNoColorAndDumbTerminals() {
        let tty = ["TERM": "xterm-256color"]
        #expect(Style.resolve(noColorFlag: false, outputIsTTY: true, environment: tty).enabled)
        #expect(!Style.resolve(noColorFlag: true, outputIsTTY: true, environment: tty).enabled)
        #expect(!Style.resolve(noColorFlag: false, outputIsTTY: false, environment: tty).enabled)
        #expect(!Style.resolve(noColorFlag: false, outputIsTTY: true, environment: ["NO_COLOR": "1"]).enabled)
        #expect(Style.resolve(noColorFlag: false, outputIsTTY: true, environment: ["NO_COLOR": ""]).enabled)
        #expect(!Style.resolve(noColorFlag: false, outputIsTTY: true, environment: ["TERM": "dumb"]).enabled)
    }
}
