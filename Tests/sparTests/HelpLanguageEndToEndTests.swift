import Foundation
import SparTerminal
import Testing

/// `spar --help` and every subcommand's help, in Chinese (LANG=zh_… or `--lang zh`) and English
/// (LANG=C or `--lang en`): every text given in the language, the parser's headings too, no line
/// wider than the screen but a usage line, and nothing pointing at files a trainee does not have.
@Suite struct HelpLanguageEndToEndTests {
    static let width = 100

    /// Runs `spar COMMAND… --help` with only `LANG` set among the locale variables.
    static func help(_ command: [String], lang: String, extra: [String] = []) throws -> SparBinary.Result {
        try SparBinary.run(command + ["--help"] + extra,
                           environment: ["LANG": lang, "LC_ALL": "", "LC_MESSAGES": "", "COLUMNS": "\(width)"])
    }

    /// Every command path, found once for all the tests.
    static let commands: [[String]] = (try? allCommands()) ?? []

    /// Every command path, found by following each help's subcommands from `spar --help`.
    static func allCommands() throws -> [[String]] {
        var found: [[String]] = []
        var pending: [[String]] = [[]]
        while let command = pending.popLast() {
            found.append(command)
            let help = try help(command, lang: "C").stdout
            for name in entries(in: help, section: "SUBCOMMANDS:").map(\.label) {
                let word = String(name.prefix { $0 != " " && $0 != "," })
                pending.append(command + [word])
            }
        }
        return found
    }

    struct Entry {
        var label: String
        var text: String
    }

    /// The entries of one section: the label, then the help text (on the label's line after two
    /// spaces, or on the lines indented under it).
    static func entries(in help: String, section: String) -> [Entry] {
        var entries: [Entry] = []
        var inSection = false
        for line in help.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) {
            if line == section { inSection = true; continue }
            guard inSection else { continue }
            if line.isEmpty || !line.hasPrefix(" ") { inSection = false; continue }
            let indent = line.prefix { $0 == " " }.count
            if indent == 2 {
                let content = line.dropFirst(2)
                if let gap = content.range(of: "  ") {
                    entries.append(Entry(label: String(content[..<gap.lowerBound]),
                                         text: content[gap.upperBound...].trimmingCharacters(in: .whitespaces)))
                } else {
                    entries.append(Entry(label: String(content), text: ""))
                }
            } else if !entries.isEmpty {
                entries[entries.count - 1].text += line.trimmingCharacters(in: .whitespaces)
            }
        }
        return entries
    }

    static func isHan(_ scalar: Unicode.Scalar) -> Bool { (0x4E00...0x9FFF).contains(scalar.value) }
    static func hasChinese(_ text: String) -> Bool { text.unicodeScalars.contains(where: isHan) }

    static func lines(_ text: String) -> [String] {
        text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    }

    /// What both languages share: fits the screen, names no document a user lacks.
    static func expectReadable(_ help: String, usageHeading: String, _ what: String) {
        for line in lines(help) where !line.hasPrefix(usageHeading) {
            #expect(DisplayWidth.of(line) <= width, "\(what): wider than \(width) columns: \(line)")
        }
        #expect(!help.contains("docs/") && !help.contains(".md"), "\(what) cites a document: \(help)")
    }

    static func expectChinese(_ result: SparBinary.Result, _ what: String) {
        let help = result.stdout
        #expect(result.status == 0, "\(what): \(result.stderr)")
        #expect(hasChinese(lines(help).first ?? ""), "\(what): the abstract is not Chinese: \(help)")
        #expect(help.contains("\n用法："), "\(what): \(help)")
        #expect(help.contains("\n选项：\n"), "\(what): \(help)")
        for heading in ["OVERVIEW:", "USAGE:", "ARGUMENTS:", "OPTIONS:", "SUBCOMMANDS:", "Show help information", "for detailed help"] {
            #expect(!help.contains(heading), "\(what) shows '\(heading)': \(help)")
        }
        for section in ["参数：", "选项：", "子命令："] {
            for entry in entries(in: help, section: section) {
                #expect(hasChinese(entry.text), "\(what): '\(entry.label)' has no Chinese help: '\(entry.text)'")
            }
        }
        #expect(entries(in: help, section: "选项：").contains { $0.label == "-h, --help" && $0.text == "显示帮助信息。" },
                "\(what): \(help)")
        expectReadable(help, usageHeading: "用法：", what)
    }

    static func expectEnglish(_ result: SparBinary.Result, _ what: String) {
        let help = result.stdout
        #expect(result.status == 0, "\(what): \(result.stderr)")
        #expect(help.hasPrefix("OVERVIEW: "), "\(what): \(help)")
        #expect(help.contains("\nUSAGE: ") && help.contains("\nOPTIONS:\n"), "\(what): \(help)")
        // A Chinese example (a scenario id) may appear; a Chinese sentence, with its punctuation, may not.
        #expect(!help.contains { "，。：；（）、".contains($0) }, "\(what) shows Chinese text: \(help)")
        for section in ["ARGUMENTS:", "OPTIONS:", "SUBCOMMANDS:"] {
            for entry in entries(in: help, section: section) {
                #expect(!entry.text.isEmpty, "\(what): '\(entry.label)' has no help")
            }
        }
        expectReadable(help, usageHeading: "USAGE: ", what)
    }

    @Test func everyCommandsHelpReadsInChineseUnderAChineseLocaleOrLangZh() throws {
        let commands = Self.commands
        // The tree as shipped: the top level, its commands, and the classroom's nested ones.
        #expect(commands.count > 30 && commands.contains(["class", "kick"]) && commands.contains(["cmi5", "package"]))
        for command in commands {
            let what = (["spar"] + command).joined(separator: " ") + " --help"
            Self.expectChinese(try Self.help(command, lang: "zh_CN.UTF-8"), what + " (LANG=zh_CN.UTF-8)")
            Self.expectChinese(try Self.help(command, lang: "C", extra: ["--lang", "zh"]), what + " --lang zh")
        }
    }

    @Test func everyCommandsHelpReadsInEnglishUnderLangCOrLangEn() throws {
        #expect(Self.commands.count > 30)
        for command in Self.commands {
            let what = (["spar"] + command).joined(separator: " ") + " --help"
            Self.expectEnglish(try Self.help(command, lang: "C"), what + " (LANG=C)")
            Self.expectEnglish(try Self.help(command, lang: "zh_CN.UTF-8", extra: ["--lang", "en"]), what + " --lang en")
        }
    }

    /// An option or argument several commands share is described one way in each language.
    @Test func aSharedOptionReadsTheSameInEveryCommand() throws {
        for (lang, sections) in [("C", ["ARGUMENTS:", "OPTIONS:"]), ("zh_CN.UTF-8", ["参数：", "选项："])] {
            var texts: [String: Set<String>] = [:]
            for command in Self.commands {
                let help = try Self.help(command, lang: lang).stdout
                for section in sections {
                    for entry in Self.entries(in: help, section: section) where ["--no-color", "<scenario>"].contains(entry.label) {
                        texts[entry.label, default: []].insert(entry.text)
                    }
                }
            }
            #expect(texts["--no-color"]?.count == 1 && texts["<scenario>"]?.count == 1, "LANG=\(lang): \(texts)")
        }
    }

    @Test func theTopLevelHelpListsEveryCommandInChinese() throws {
        let help = try Self.help([], lang: "zh_CN.UTF-8").stdout
        let commands = Self.entries(in: help, section: "子命令：")
        #expect(commands.contains { $0.label == "menu（默认）" }, "\(help)")
        #expect(commands.contains { $0.label == "play" && $0.text.hasPrefix("练习一个场景") }, "\(help)")
        #expect(help.contains("各子命令的详细说明：spar help <子命令>"), "\(help)")
        // `spar help play` is the same help as `spar play --help`.
        let viaHelp = try SparBinary.run(["help", "play"], environment: ["LANG": "zh_CN.UTF-8", "LC_ALL": "", "LC_MESSAGES": ""])
        let viaFlag = try SparBinary.run(["play", "--help"], environment: ["LANG": "zh_CN.UTF-8", "LC_ALL": "", "LC_MESSAGES": ""])
        #expect(viaHelp.stdout == viaFlag.stdout && viaHelp.stdout.contains("练习模式"))
    }

    @Test func chineseHelpWrapsByDisplayColumnsOnANarrowScreen() throws {
        let narrow = try SparBinary.run(["play", "--help"], environment: ["LANG": "zh_CN.UTF-8", "LC_ALL": "", "COLUMNS": "60"])
        for line in Self.lines(narrow.stdout) where !line.hasPrefix("用法：") {
            #expect(DisplayWidth.of(line) <= 60, "\(line)")
        }
        // A wrapped entry goes on under its own help column, not under the label.
        #expect(narrow.stdout.contains("\n                          "), "\(narrow.stdout)")
    }

    @Test func errorsAndTheVersionStayTheParsersOwn() throws {
        let environment = ["LANG": "zh_CN.UTF-8", "LC_ALL": "", "LC_MESSAGES": ""]
        let chinese = try SparBinary.run(["lint", "--bogus"], environment: environment)
        let english = try SparBinary.run(["lint", "--bogus"], environment: ["LANG": "C", "LC_ALL": "", "LC_MESSAGES": ""])
        #expect(chinese.status == english.status && chinese.status != 0)
        // The parser's own error line, in English either way; the argument's help it quotes follows the language.
        #expect(chinese.stdout.isEmpty && chinese.stderr.hasPrefix("Error: "))
        #expect(Self.lines(chinese.stderr).first == Self.lines(english.stderr).first)
        let version = try SparBinary.run(["--version"], environment: environment)
        #expect(version.status == 0 && !version.stdout.isEmpty && !Self.hasChinese(version.stdout))
        // The parser's description of the commands for tools stays JSON, whatever its texts' language.
        let dump = try SparBinary.run(["--experimental-dump-help"], environment: environment)
        #expect(dump.status == 0 && (try? JSONSerialization.jsonObject(with: Data(dump.stdout.utf8))) != nil)
        #expect(dump.stdout.contains("B2B 销售陪练"))
    }
}
