import Testing
@testable import SparTerminal

@Suite struct TextWrapTests {
    @Test func englishBreaksAtSpaces() {
        let lines = TextWrap.wrap("the quick brown fox jumps over the lazy dog", width: 15)
        #expect(lines == ["the quick brown", "fox jumps over", "the lazy dog"])
    }

    @Test func shortTextIsOneLine() {
        #expect(TextWrap.wrap("hello", width: 80) == ["hello"])
        #expect(TextWrap.wrap("", width: 80) == [""])
    }

    @Test func chineseBreaksBetweenAnyCharacters() {
        let lines = TextWrap.wrap("我们公司今年的预算已经用完了", width: 10)
        #expect(lines == ["我们公司今", "年的预算已", "经用完了"])
    }

    @Test func mixedTextBreaksAroundLatinWords() {
        let lines = TextWrap.wrap("我们用SPIN方法来提问", width: 8)
        #expect(lines == ["我们用", "SPIN方法", "来提问"])
    }

    @Test func closingPunctuationNeverStartsALine() {
        // Width 6 would naturally put "，" first on line two; "好" moves down with it.
        let lines = TextWrap.wrap("王总好，我们", width: 6)
        #expect(lines == ["王总", "好，我", "们"])
        // From width 6 every punctuation cluster here fits on a line; below that
        // the width limit wins and clusters are split.
        for text in ["这个价格太高了。我们再谈谈吧！", "好的，没问题；明天见：老地方、老时间？", "他说（其实）不行」。"] {
            for width in 6...30 {
                for line in TextWrap.wrap(text, width: width).dropFirst() {
                    #expect(!"，。！？；：、）」』”’".contains(line.first ?? "x"), "\(text) at \(width): \(line)")
                }
            }
        }
    }

    @Test func openingPunctuationNeverEndsALine() {
        // "「" would fit at the end of line one; it moves down with "预".
        let lines = TextWrap.wrap("客户说「预算不够」", width: 8)
        #expect(lines == ["客户说", "「预算不", "够」"])
        for text in ["他说（其实）不行", "客户问：“你们的优势是什么？”", "『重要』的事情"] {
            for width in 6...30 {
                for line in TextWrap.wrap(text, width: width) {
                    #expect(!"（「『“‘".contains(line.last ?? "x"), "\(text) at \(width): \(line)")
                }
            }
        }
    }

    @Test func longWordsAreSplitHard() {
        let lines = TextWrap.wrap("see https://example.com/a/very/long/path ok", width: 10)
        #expect(lines == ["see", "https://ex", "ample.com/", "a/very/lon", "g/path ok"])
    }

    @Test func explicitNewlinesAreKept() {
        #expect(TextWrap.wrap("one\ntwo\n\nthree", width: 20) == ["one", "two", "", "three"])
        #expect(TextWrap.wrap("a\r\nb", width: 20) == ["a", "b"])
    }

    @Test func indentStartsContinuationLinesAndCounts() {
        let lines = TextWrap.wrap("alpha beta gamma delta", width: 12, indent: "    ")
        #expect(lines == ["alpha beta", "    gamma", "    delta"])
        #expect(TextWrap.wrap("客户：我们今年预算很紧张", width: 10, indent: "  ") == ["客户：我们", "  今年预算", "  很紧张"])
        #expect(TextWrap.wrap("a\nb", width: 10, indent: "> ") == ["a", "> b"])
    }

    @Test func indentTooWideForTheLineIsDropped() {
        let lines = TextWrap.wrap("王总你好", width: 3, indent: "    ")
        #expect(lines.allSatisfy { DisplayWidth.of($0) <= 3 })
    }

    @Test func ansiColouredTextIsMeasuredWithoutEscapes() {
        let red = "\u{1B}[31m"
        let reset = "\u{1B}[0m"
        let lines = TextWrap.wrap("\(red)hello\(reset) world", width: 11)
        #expect(lines == ["\(red)hello\(reset) world"])
    }

    @Test func colourSpanningABreakIsClosedAndReopened() {
        let red = "\u{1B}[31m"
        let reset = "\u{1B}[0m"
        let lines = TextWrap.wrap("\(red)alpha beta\(reset) gamma", width: 7, indent: "  ")
        #expect(lines == ["\(red)alpha\(reset)", "  \(red)beta\(reset)", "  gamma"])
        #expect(lines.allSatisfy { DisplayWidth.of($0) <= 7 })
    }

    @Test func leadingSpacesOfAParagraphAreKept() {
        #expect(TextWrap.wrap("  - item one", width: 40) == ["  - item one"])
    }

    @Test func widthIsNeverExceeded() {
        let paragraph = """
            王总，您好！我是\u{1B}[1m华信科技\u{1B}[22m的销售经理 Li Ming。上次您提到 "budget is tight this quarter"，\
            所以我准备了一个分阶段的方案（Phase 1 / Phase 2），总价 ¥480,000。\u{1B}[33m您觉得「先试点、再推广」的思路怎么样？\u{1B}[39m \
            Supercalifragilisticexpialidocious-style long tokens like https://example.com/pricing?plan=enterprise&seats=500 should split. 👍🏽 ❤️ 🇨🇳
            第二段：SPIN 提问法包括 Situation、Problem、Implication、Need-payoff 四类问题。
            """
        let original = AnsiEscapes.stripped(paragraph).filter { !$0.isWhitespace }
        for width in 1...120 {
            for indent in ["", "  ", "\u{1B}[2m│\u{1B}[22m "] {
                let lines = TextWrap.wrap(paragraph, width: width, indent: indent)
                for line in lines {
                    #expect(DisplayWidth.of(line) <= max(width, 2), "width \(width) indent \(indent.debugDescription): \(line)")
                }
                let rejoined = lines.map { AnsiEscapes.stripped($0) }.joined()
                    .replacingIndents(AnsiEscapes.stripped(indent)).filter { !$0.isWhitespace }
                #expect(rejoined == original, "text lost or changed at width \(width)")
            }
        }
    }

    @Test func tabsBecomeSpaces() {
        #expect(TextWrap.wrap("a\tb", width: 20) == ["a    b"])
    }
}

extension String {
    /// Removes the decorative indent characters so wrapped output can be compared with the input.
    fileprivate func replacingIndents(_ indent: String) -> String {
        let marks = indent.filter { !$0.isWhitespace }
        return marks.isEmpty ? self : filter { !marks.contains($0) }
    }
}
