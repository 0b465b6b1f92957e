import Testing
@testable import SparTerminal

@Suite struct DisplayWidthTests {
    @Test func asciiIsOneColumnPerCharacter() {
        #expect(DisplayWidth.of("hello") == 5)
        #expect(DisplayWidth.of("") == 0)
        #expect(DisplayWidth.of("/classify B") == 11)
    }

    @Test func chineseIsTwoColumnsPerCharacter() {
        #expect(DisplayWidth.of("王总") == 4)
        #expect(DisplayWidth.of("王总说：预算不够") == 16)
        #expect(DisplayWidth.of(Character("王")) == 2)
    }

    @Test func fullWidthPunctuationAndFormsAreWide() {
        #expect(DisplayWidth.of("，。！？") == 8)
        #expect(DisplayWidth.of("（）「」") == 8)
        #expect(DisplayWidth.of("ＡＢＣ") == 6)
        #expect(DisplayWidth.of("￥") == 2)
        #expect(DisplayWidth.of("\u{3000}") == 2)
    }

    @Test func kanaAndHangulAreWide() {
        #expect(DisplayWidth.of("カタカナ") == 8)
        #expect(DisplayWidth.of("한국") == 4)
    }

    @Test func combiningMarksAddNothing() {
        let decomposed = "e\u{0301}"
        #expect(decomposed.count == 1)
        #expect(DisplayWidth.of(decomposed) == 1)
        #expect(DisplayWidth.of("cafe\u{0301}") == 4)
        #expect(DisplayWidth.of("a\u{0301}\u{0302}\u{0303}") == 1)
    }

    @Test func zeroWidthCharactersAddNothing() {
        #expect(DisplayWidth.of("a\u{200B}b") == 2)
        #expect(DisplayWidth.of("\u{200D}") == 0)
        #expect(DisplayWidth.of("\u{FE0F}") == 0)
        #expect(DisplayWidth.of("\u{200E}x") == 1)
    }

    @Test func controlCharactersAddNothing() {
        #expect(DisplayWidth.of("\u{07}\u{00}") == 0)
        #expect(DisplayWidth.of("a\u{7F}") == 1)
    }

    @Test func ansiEscapesAddNothing() {
        #expect(DisplayWidth.of("\u{1B}[1;31mred\u{1B}[0m") == 3)
        #expect(DisplayWidth.of("\u{1B}[32m王总\u{1B}[39m") == 4)
        #expect(DisplayWidth.of("\u{1B}]8;;https://example.com\u{07}link\u{1B}]8;;\u{07}") == 4)
        #expect(DisplayWidth.of("\u{1B}[2K") == 0)
    }

    @Test func emojiAreWide() {
        #expect(DisplayWidth.of("👍") == 2)
        #expect(DisplayWidth.of("🚀") == 2)
        #expect(DisplayWidth.of("👍🏽") == 2)
        #expect(DisplayWidth.of("👨‍👩‍👧") == 2)
        #expect(DisplayWidth.of("🇨🇳") == 2)
        #expect(DisplayWidth.of("❤️") == 2)
        #expect(DisplayWidth.of("✅") == 2)
    }

    @Test func textPresentationSymbolsAreNarrow() {
        #expect(DisplayWidth.of("❤") == 1)
        #expect(DisplayWidth.of("█░") == 2)
        #expect(DisplayWidth.of("“”") == 2)
    }

    @Test func strippedRemovesEscapesOnly() {
        #expect(AnsiEscapes.stripped("\u{1B}[1m王\u{1B}[22m总") == "王总")
        #expect(AnsiEscapes.stripped("plain") == "plain")
    }
}
