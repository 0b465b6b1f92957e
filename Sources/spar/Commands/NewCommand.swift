import ArgumentParser
import Foundation
import SalesMethod
import SparCommandLine
import SparKit

/// `spar new NAME`: a commented scenario scaffold that lints clean and plays to an end.
struct NewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "new", abstract: helpText(zh: "生成带注释的场景模板 NAME.yaml，作为编写的起点。", en: "Write a commented scenario scaffold, NAME.yaml, to start from."))

    @Argument(help: helpText(zh: "场景的 id，也是文件名，例如 鱼塘追销、valve-retrofit：可用任何文字的字母、数字和 '_'、'-'、'.'。",
                             en: "The scenario's id and file name: letters of any script, digits, '_', '-' and '.' (鱼塘追销, valve-retrofit)."))
    var name: String

    @Option(name: .long, help: helpText(zh: "场景的语言：zh 或 en。", en: "Language of the scenario: zh or en."))
    var lang: Language = .zh

    @Option(name: .long, help: helpText(zh: "写入的文件夹。", en: "Folder to write into."))
    var dir: String = "."

    @Flag(name: .long, help: helpText(zh: "覆盖已有的文件。", en: "Replace an existing file."))
    var force = false

    func run() throws {
        // The name is the scenario's id, so it takes what an id takes; it also names the file, so it
        // may not start with '.' or '-' (a hidden file, an option).
        if let problem = IdentifierCharacters.problem(name, kind: "the scenario name") {
            Console.error("spar new: \(problem)")
            throw ExitCode(2)
        }
        if name.isEmpty || name.hasPrefix(".") || name.hasPrefix("-") {
            Console.error("spar new: the scenario name '\(VisibleText.quoted(name, limit: 60))' must start with a letter or a digit")
            throw ExitCode(2)
        }
        let fileManager = FileManager.default
        do {
            try fileManager.createDirectory(atPath: dir, withIntermediateDirectories: true)
        } catch {
            Console.error("spar new: \(WriteFailure(path: dir, error: error))")
            throw ExitCode(1)
        }
        let path = (dir as NSString).appendingPathComponent("\(name).yaml")
        if fileManager.fileExists(atPath: path) && !force {
            Console.error("spar new: \(path) exists; use --force to replace it")
            throw ExitCode(1)
        }
        let schema = schemaPath(from: dir)
        do {
            try ScenarioScaffold.text(id: name, language: lang, schemaPath: schema).write(toFile: path, atomically: true, encoding: .utf8)
        } catch {
            Console.error("spar new: \(WriteFailure(path: path, error: error))")
            throw ExitCode(1)
        }
        Console.out("wrote \(path)")
        Console.out("next: spar lint \(path) && spar play \(path)")
    }

    /// The project's committed schema if an enclosing folder has one, else a copy written beside the scenario.
    func schemaPath(from directory: String) -> String {
        let start = URL(fileURLWithPath: directory).standardizedFileURL
        var folder = start
        var ups = 0
        while true {
            let candidate = folder.appendingPathComponent("docs/scenario.schema.json")
            if FileManager.default.fileExists(atPath: candidate.path) {
                return String(repeating: "../", count: ups) + "docs/scenario.schema.json"
            }
            let parent = folder.deletingLastPathComponent()
            if parent.path == folder.path || ups > 8 { break }
            folder = parent
            ups += 1
        }
        let local = start.appendingPathComponent("scenario.schema.json")
        if !FileManager.default.fileExists(atPath: local.path) {
            try? ScenarioSchema.json().write(to: local, atomically: true, encoding: .utf8)
        }
        return "scenario.schema.json"
    }
}
