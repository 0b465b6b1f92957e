import ArgumentParser
import Foundation
import SparCommandLine
import SparKit
import SparTerminal

/// `spar lint FILE|DIR…`: every problem in the scenarios, compiler-style or as JSON.
struct LintCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lint", abstract: helpText(zh: "检查场景文件：没有问题时退出码为 0，有错误（用 --strict 时有警告也算）为 1。", en: "Check scenario files: exit 0 clean, 1 with errors (or warnings with --strict)."))

    enum Format: String, ExpressibleByArgument { case text, json }

    @Argument(help: helpText(zh: "场景文件或文件夹（在其中查找 .yaml/.yml）。", en: "Scenario files or folders (searched for .yaml/.yml)."))
    var paths: [String]

    @Option(name: .long, help: helpText(zh: "输出格式：text（编译器风格）或 json。", en: "Output format: text (compiler-style) or json."))
    var format: Format = .text

    @Flag(name: .long, help: helpText(zh: "把警告当作错误。", en: "Treat warnings as errors."))
    var strict = false

    @Flag(name: .long, help: helpText(zh: "不用颜色（设置了 NO_COLOR 或输出不是终端时也不用）。", en: "No colour (also when NO_COLOR is set or output is not a terminal)."))
    var noColor = false

    func run() throws {
        var files: [String] = []
        for path in paths {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
                Console.error("spar lint: no such file or folder: \(path)")
                throw ExitCode(2)
            }
            files += isDirectory.boolValue ? ScenarioLibrary.scenarioFiles(in: path) : [path]
        }
        // Files whose play space is too large for the exact search: their play warnings are left out.
        var unsearched = 0
        let diagnostics = files.flatMap { file -> [Diagnostic] in
            let result = ScenarioLoader.load(contentsOfFile: file)
            guard let scenario = result.scenario else { return result.diagnostics }
            let analysis = ScenarioAnalysis.exact(scenario)
            if analysis?.exhaustive != true { unsearched += 1 }
            return result.diagnostics + ScenarioValidator.warnings(for: scenario, analysis: analysis)
        }
        let errors = diagnostics.filter { $0.severity == .error }.count
        let warnings = diagnostics.filter { $0.severity == .warning }.count
        switch format {
        case .json:
            struct Entry: Encodable {
                var severity, code, message, file: String
                var line, column: Int
            }
            let entries = diagnostics.map {
                Entry(severity: $0.severity.rawValue, code: $0.code.rawValue, message: $0.message,
                      file: $0.location.file, line: $0.location.line, column: $0.location.column)
            }
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            Console.out(String(decoding: try encoder.encode(entries), as: UTF8.self))
        case .text:
            let style: Style = noColor ? .plain : .automatic(noColorFlag: false)
            var printer = DiagnosticPrinter(style: style)
            for diagnostic in diagnostics { Console.out(printer.format(diagnostic)) }
            let notSearched = unsearched == 0 ? "" : "; play not searched in \(unsearched) (too large for the exact search: no warnings about endings, conditions or scoring in play)"
            Console.out("\(files.count) file\(files.count == 1 ? "" : "s") checked: \(errors) error\(errors == 1 ? "" : "s"), \(warnings) warning\(warnings == 1 ? "" : "s")\(notSearched)")
        }
        if errors > 0 || (strict && warnings > 0) { throw ExitCode(1) }
    }
}
