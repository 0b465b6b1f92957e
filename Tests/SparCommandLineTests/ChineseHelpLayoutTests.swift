import ArgumentParser
@testable import SparCommandLine
import SparTerminal
import Testing

/// The parser's help, rendered unwrapped, laid out as Chinese help: its headings and phrases in
/// Chinese, each entry's text from the help column on, wrapped by display columns.
@Suite struct ChineseHelpLayoutTests {
    struct Sample: ParsableCommand {
        enum Shape: String, ExpressibleByArgument, CaseIterable { case round, square }

        static let configuration = CommandConfiguration(
            commandName: "sample", abstract: "一个示例命令：用来检查帮助的排版，包括很长很长的说明文字会不会按显示宽度折行。")

        @Argument(help: "要处理的文件。") var file: String
        @Option(name: .long, help: "形状。") var shape: Shape = .round
        @Option(name: .customLong("a-very-long-option-name"), help: "名字很长的选项，说明另起一行。") var long: String?
        @Flag(name: .long, help: "一个开关，说明文字很长很长很长很长很长很长很长很长很长很长很长很长，需要折成好几行才放得下。")
        var toggle = false
    }

    static let width = 60
    static var laidOut: [String] {
        let help = Sample.helpMessage(columns: ChineseHelpLayout.unwrappedColumns)
        return ChineseHelpLayout.layout(help, width: width).split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    }

    @Test func theParsersHeadingsAndPhrasesAreInChinese() {
        let lines = Self.laidOut
        #expect(lines.contains("参数：") && lines.contains("选项："))
        #expect(lines.contains { $0.hasPrefix("用法：sample <file>") })
        #expect(lines.contains("  -h, --help              显示帮助信息。"))
        let shape = lines.firstIndex { $0.hasPrefix("  --shape <shape>         形状。") }
        let shapeText = shape.map { lines[$0] + lines[$0 + 1].drop { $0 == " " } }
        #expect(shapeText == "  --shape <shape>         形状。（可选值：round、square；默认：round）", "\(lines)")
        #expect(!lines.contains { $0.contains("OVERVIEW") || $0.contains("USAGE") || $0.contains("OPTIONS") })
    }

    @Test func everyLineFitsAndWrapsUnderItsHelpColumn() {
        let lines = Self.laidOut
        for line in lines where !line.hasPrefix("用法：") {
            #expect(DisplayWidth.of(line) <= Self.width, "\(line)")
        }
        // The abstract wraps from the left margin; the flag's help goes on under column 26.
        #expect(lines[0].hasPrefix("一个示例命令") && !lines[1].isEmpty && !lines[1].hasPrefix(" "))
        let toggle = lines.firstIndex { $0.hasPrefix("  --toggle") }!
        #expect(lines[toggle].hasPrefix("  --toggle                一个开关"))
        #expect(lines[toggle + 1].hasPrefix(String(repeating: " ", count: 26)) && lines[toggle + 1].dropFirst(26).first != " ")
        // A label wider than the column puts its help on the next line, at the column.
        let long = lines.firstIndex { $0.hasPrefix("  --a-very-long-option-name") }!
        #expect(lines[long + 1] == String(repeating: " ", count: 26) + "名字很长的选项，说明另起一行。")
    }

    @Test func whatIsNotHelpPassesThroughUnchanged() {
        #expect(ChineseHelpLayout.layout("1.2.3", width: 40) == "1.2.3")
    }
}
