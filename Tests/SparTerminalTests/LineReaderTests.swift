import Testing
@testable import SparTerminal

@Suite struct LineReaderTests {
    @Test func plainReaderCanBeConstructedOnStandardInput() {
        let reader: LineEditor = PlainLineReader()
        reader.addToHistory("ignored")
        reader.saveHistory()
    }

    @Test func plainReaderReturnsLinesThenEndOfInput() {
        var remaining = ["你好，王总", "/classify B", String(repeating: "长", count: 100_000)]
        let reader = PlainLineReader(reading: { remaining.isEmpty ? nil : remaining.removeFirst() })
        #expect(reader.readLine(prompt: "> ") == .line("你好，王总"))
        #expect(reader.readLine(prompt: "> ") == .line("/classify B"))
        #expect(reader.readLine(prompt: "> ") == .line(String(repeating: "长", count: 100_000)))
        #expect(reader.readLine(prompt: "> ") == .endOfInput)
    }

    @Test func completionMatchesKeepOnlyExtensionsOfTheWord() {
        let request = CompletionRequest(word: "/cl", line: "/cl", textBeforeWord: "")
        let matches = ReadlineCompletion.matches(for: request, from: ["/classify", "/help", "/clear", "/classify"])
        #expect(matches == ["/classify", "/clear"])
        let chinese = CompletionRequest(word: "王", line: "问王", textBeforeWord: "问")
        #expect(ReadlineCompletion.matches(for: chinese, from: ["王总", "李总", "王经理"]) == ["王总", "王经理"])
    }

    @Test func columnsFallsBackSensibly() {
        #expect(Terminal.columns(windowWidth: 132, environment: [:]) == 132)
        #expect(Terminal.columns(windowWidth: nil, environment: ["COLUMNS": "100"]) == 100)
        #expect(Terminal.columns(windowWidth: nil, environment: ["COLUMNS": "junk"]) == 80)
        #expect(Terminal.columns(windowWidth: nil, environment: [:]) == 80)
        #expect(Terminal.columns(windowWidth: 5, environment: [:]) == 20)
        #expect(Terminal.columns >= 20)
    }
}
