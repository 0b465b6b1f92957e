import ArgumentParser
import Foundation
import SparCommandLine
import SparKit

/// `spar test DIR`: replay every transcript in a folder; the scenarios' regression tests.
struct TestCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "test", abstract: helpText(zh: "重放文件夹中的每份会谈记录（.jsonl），报告通过和未通过的份数。", en: "Replay every transcript (.jsonl) in folders and print 'N passed, N failed'."))

    @Argument(help: helpText(zh: "基准会谈记录所在的文件夹（或文件）。", en: "Folders (or files) of golden transcripts."))
    var paths: [String]

    @Flag(name: .long, help: helpText(zh: "按当前场景重新录制每份会谈记录，并打印每个有变化的得分。", en: "Re-record every transcript against the current scenarios and print each score that moved."))
    var update = false

    @OptionGroup var scenarioFolders: ScenarioFolders

    func run() throws {
        var files: [String] = []
        for path in paths {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
                Console.error("spar test: no such file or folder: \(path)")
                throw ExitCode(2)
            }
            if isDirectory.boolValue {
                files += FolderFiles.list(in: path, extensions: ["jsonl"])
            } else {
                files.append(path)
            }
        }
        var passed = 0, failed = 0
        var checker = GoldenCheck(scenarioFolders: scenarioFolders.folders)
        if update {
            for file in files { checker.rerecord(file) }
        }
        for file in files {
            let outcome = checker.check(file)
            Console.out(outcome.message)
            if outcome.passed { passed += 1 } else { failed += 1 }
        }
        Console.out("\(passed) passed, \(failed) failed")
        if failed > 0 || files.isEmpty { throw ExitCode(1) }
    }
}
