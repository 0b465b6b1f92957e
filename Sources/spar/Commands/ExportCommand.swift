import ArgumentParser
import Foundation
import SalesMethod
import SparCommandLine
import SparKit
import SparLRS

/// `spar export --xapi FILE PATH…`: xAPI 1.0.3 statements for each session, for an LMS or learning
/// record store; `--lrs URL --auth USER:PASS` posts them to the store.
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: helpText(zh: "把会谈记录导出为 xAPI 1.0.3 语句（JSON 数组），供 LMS 或学习记录库（LRS）使用。", en: "Export transcripts as xAPI 1.0.3 statements (a JSON array) for an LMS or learning record store."),
        discussion: helpText(zh: """
            语句的 id 由每场会谈推出：再次导出得到相同的 id，再次发送到学习记录库（--lrs）也不会重复保存。
            """, en: """
            Statement ids are derived from each session, so exporting again gives the same ids, and posting \
            again to a learning record store (--lrs) stores nothing twice.
            """))

    @Option(name: .long, help: helpText(zh: "把语句写入这个文件（'-'：标准输出）。", en: "Write the statements to this file ('-' for stdout)."))
    var xapi: String?

    @OptionGroup var store: LRSOptions

    @Argument(help: helpText(zh: "会谈记录文件和文件夹。", en: "Transcript files and folders."))
    var paths: [String]

    @Option(name: .long, help: helpText(zh: "只要这个日期当天或之后开始的会谈（2026-11-01 或完整的 ISO 8601 时间）。", en: "Only sessions started on or after this date (2026-11-01 or a full ISO 8601 time)."))
    var since: String?

    @Option(name: .long, help: helpText(zh: "只要这种模式的会谈：practice 或 exam。", en: "Only sessions in this mode: practice or exam."))
    var mode: SessionMode?

    @Flag(name: .long, help: helpText(zh: "直接采用记录中写的成绩，不重放回答（被改过的文件也会被采信）。", en: "Export each session's figures as written instead of replaying its answers (an edited file is then believed)."))
    var trust = false

    @OptionGroup var scenarioFolders: ScenarioFolders

    func validate() throws {
        if xapi == nil && store.lrs == nil { throw ValidationError("say where the statements go: --xapi FILE, --lrs URL, or both") }
        if let since, SessionDate.parse(since) == nil {
            throw ValidationError("--since takes a date like 2026-11-01 or 2026-11-01T09:00:00Z, not '\(since)'")
        }
    }

    func run() throws {
        let filter = ReportFilter(since: since.flatMap(SessionDate.parse), mode: mode)
        let output = try xapi.map { try OutputFile.open($0, command: "export") }
        let upload = try store.endpoint().map { LRSUpload(endpoint: $0) }
        let progress = ProgressLine.automatic()
        var sessions = 0, statements = 0, skipped = 0, notCounted = 0
        output?.write("[")
        // Statements are written as each transcript is read, so a large export never sits in memory.
        CheckedTranscripts.read(paths, folders: scenarioFolders.folders, trust: trust, filter: filter,
                                progress: { progress.update(done: $0, total: $1, label: "spar export") }) { item in
            switch item {
            case .transcript(let checked, let path, let admitted):
                guard admitted else { return }
                // A learning record store keeps what it is sent: nothing unchecked or forged goes there.
                // An author's try replays and is exported, marked by its `start` extension.
                if let reason = checked.verification.reasonNotCounted, checked.verification != .startedMidScenario {
                    notCounted += 1
                    Console.error("spar export: not exported \(VisibleText.visible(path)): \(VisibleText.visible(reason))")
                    return
                }
                sessions += 1
                for statement in XAPIExport.statements(for: checked.transcript, path: path) {
                    output?.write((statements == 0 ? "\n" : ",\n") + XAPIExport.json(statement))
                    upload?.add(statement)
                    statements += 1
                }
            case .skipped(let file):
                skipped += 1
                Console.error("spar export: skipped \(VisibleText.visible(file.path)): \(VisibleText.visible(file.reason))")
            }
        }
        output?.write(statements == 0 ? "]\n" : "\n]\n")
        try output?.finish(command: "export")
        upload?.finish()
        progress.finish()
        if let failure = upload?.failure {
            Console.error("spar export: \(failure)")
            Console.error("spar export: \(upload?.delivered ?? 0) of \(statements) statements reached the store; "
                          + "the same command sends the rest (what arrived is not stored twice)")
            throw ExitCode(1)
        }
        var destinations: [String] = []
        if let xapi, xapi != "-" { destinations.append("written to \(VisibleText.visible(xapi))") }
        if let upload { destinations.append("sent to \(upload.endpoint.base)") }
        Console.error("spar export: \(statements) statement\(statements == 1 ? "" : "s") for \(sessions) session\(sessions == 1 ? "" : "s")"
                      + (destinations.isEmpty ? "" : " " + destinations.joined(separator: " and ")) + (skipped > 0 ? "; \(skipped) file\(skipped == 1 ? "" : "s") skipped" : "")
                      + (notCounted > 0 ? "; \(notCounted) session\(notCounted == 1 ? "" : "s") not exported (do not replay or unverified)" : ""))
    }
}
