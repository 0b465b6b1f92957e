import ArgumentParser
import Foundation
import SalesMethod
import SparClassroom
import SparCommandLine
import SparKit
import SparServer

/// `spar class …`: the trainer's controls over a running `spar serve`, and results from its store.
struct ClassCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "class",
        abstract: helpText(zh: "管理现场课堂（list、open、close、lock、pause、pace、kick、roster…），或导出会谈记录。", en: "Control a live class (list, open, close, lock, pause, pace, kick, roster…) or export its transcripts."),
        subcommands: [ClassListCommand.self, ClassOpenCommand.self, ClassRosterCommand.self, ClassSettingCommand.Close.self,
                      ClassSettingCommand.Lock.self, ClassSettingCommand.Unlock.self, ClassSettingCommand.Pause.self,
                      ClassSettingCommand.Resume.self, ClassPaceCommand.self, ClassReleaseCommand.self, ClassDeadlineCommand.self,
                      ClassSeatCommand.Kick.self, ClassSeatCommand.LetBack.self, ClassExportCommand.self])
}

/// Prints class summaries as a short table.
func printClasses(_ summaries: [ClassSummary]) {
    if summaries.isEmpty { print("no classes") }
    for summary in summaries {
        let settings = summary.settings
        var flags: [String] = []
        if settings.closed { flags.append("closed") }
        if settings.locked { flags.append("locked") }
        if settings.paused { flags.append("paused") }
        if settings.pacing == .byStage { flags.append("paced by stage (released: \(settings.releasedStage?.rawValue ?? "first stage"))") }
        if let deadline = settings.deadline { flags.append("deadline \(UTCStamp.iso8601(deadline))") }
        print("\(summary.code)  \(summary.scenario)  \(summary.mode.rawValue)  \(summary.seats) seat\(summary.seats == 1 ? "" : "s")"
              + (summary.name.map { "  \"\($0)\"" } ?? "") + (flags.isEmpty ? "" : "  [" + flags.joined(separator: ", ") + "]"))
    }
}

func printJSONOrSummary(_ data: Data, json: Bool, summary: (Data) throws -> Void) throws {
    if json {
        print(String(decoding: data, as: UTF8.self))
    } else {
        try summary(data)
    }
}

extension TrainerOptions {
    /// What every command that changes a class does: POST /api/classes/CODE/ACTION (with a JSON
    /// body when the action takes one), then print the class as it now stands (or, with --json, the answer).
    func changeClass(_ action: String, code: String, body: (any Encodable & Sendable)? = nil) throws {
        let path = "/api/classes/\(code.uppercased())/\(action)"
        let data = try call(action) { client in
            if let body { try client.post(path, json: body) } else { try client.post(path) }
        }
        try printJSONOrSummary(data, json: json) { printClasses([try JSONDecoder.trainer.decode(ClassSummary.self, from: $0)]) }
    }
}

struct ClassListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "list", abstract: helpText(zh: "服务器上的班级及其设置。", en: "The server's classes and their settings."))
    @OptionGroup var trainer: TrainerOptions

    func run() throws {
        let data = try trainer.call("list") { try $0.get("/api/classes") }
        try printJSONOrSummary(data, json: trainer.json) { printClasses(try JSONDecoder.trainer.decode([ClassSummary].self, from: $0)) }
    }
}

struct ClassOpenCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "open", abstract: helpText(zh: "在一个场景上再开一个班级（发给服务器）。", en: "Open another class on a scenario (sent to the server)."))
    @Argument(help: helpText(zh: "场景文件（.yaml）或自带场景的 id。", en: "A scenario file (.yaml) or a shipped scenario's id."))
    var scenario: String
    @Option(name: .long, help: helpText(zh: "practice 练习模式或 exam 考试模式。", en: "practice or exam."))
    var mode: SessionMode = .practice
    @Option(name: [.customLong("class")], help: helpText(zh: "班级名称。", en: "The class's name."))
    var className: String?
    @OptionGroup var trainer: TrainerOptions

    func run() throws {
        let loaded = try loadScenario(scenario, style: .plain)
        guard let source = FileManager.default.contents(atPath: loaded.file) else {
            Console.error("spar class open: cannot read \(loaded.file)")
            throw ExitCode(1)
        }
        let request = OpenClassRequest(scenarioSource: String(decoding: source, as: UTF8.self), scenarioFile: loaded.file,
                                       mode: mode, name: className)
        let data = try trainer.call("open") { try $0.post("/api/classes", json: request) }
        try printJSONOrSummary(data, json: trainer.json) { data in
            let summary = try JSONDecoder.trainer.decode(ClassSummary.self, from: data)
            printClasses([summary])
            let server = try trainer.client().server.httpURL
            print("trainees type:  spar join \(summary.code) --server \(server)")
        }
    }
}

struct ClassRosterCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "roster", abstract: helpText(zh: "每名学员：在线、掉线或已完成；所在节点、阶段、会谈时钟、得分、结果。", en: "Each trainee: connected, disconnected or finished; node, stage, clock, points, outcome."))
    @Argument(help: helpText(zh: "班级的加入码。", en: "The class's join code."))
    var code: String
    @OptionGroup var trainer: TrainerOptions

    func run() throws {
        let data = try trainer.call("roster") { try $0.get("/api/classes/\(code.uppercased())/roster") }
        try printJSONOrSummary(data, json: trainer.json) { data in
            let entries = try JSONDecoder.trainer.decode([RosterEntry].self, from: data)
            if entries.isEmpty { print("nobody has joined yet") }
            for entry in entries {
                var parts = ["#\(entry.seat)", entry.trainee, entry.status.rawValue + (entry.waiting ? " (waiting)" : "")]
                if let node = entry.node { parts.append("node \(node)") }
                if let stage = entry.stage { parts.append(stage.rawValue) }
                if let elapsed = entry.elapsed, let minutes = entry.minutes { parts.append("\(elapsed)/\(minutes) min") }
                if let points = entry.points { parts.append("\(points > 0 ? "+" : "")\(points) points") }
                if let outcome = entry.outcome { parts.append(outcome.rawValue) }
                if let overall = entry.overall { parts.append("overall \(overall)") }
                print(parts.joined(separator: "  "))
            }
        }
    }
}

/// The commands that flip one class setting: close, lock, unlock, pause, resume.
enum ClassSettingCommand {
    static func run(_ action: String, code: String, trainer: TrainerOptions) throws {
        try trainer.changeClass(action, code: code)
    }

    struct Close: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "close", abstract: helpText(zh: "结束班级：不再接受加入或回答。", en: "End the class: no more joins or answers."))
        @Argument(help: helpText(zh: "班级的加入码。", en: "The class's join code.")) var code: String
        @OptionGroup var trainer: TrainerOptions
        func run() throws { try ClassSettingCommand.run("close", code: code, trainer: trainer) }
    }

    struct Lock: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "lock", abstract: helpText(zh: "不再接受新学员（已有座位的学员仍可回来）。", en: "Take no new trainees (those with a seat can still come back)."))
        @Argument(help: helpText(zh: "班级的加入码。", en: "The class's join code.")) var code: String
        @OptionGroup var trainer: TrainerOptions
        func run() throws { try ClassSettingCommand.run("lock", code: code, trainer: trainer) }
    }

    struct Unlock: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "unlock", abstract: helpText(zh: "重新接受新学员。", en: "Take new trainees again."))
        @Argument(help: helpText(zh: "班级的加入码。", en: "The class's join code.")) var code: String
        @OptionGroup var trainer: TrainerOptions
        func run() throws { try ClassSettingCommand.run("unlock", code: code, trainer: trainer) }
    }

    struct Pause: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "pause", abstract: helpText(zh: "全体暂停：这期间输入的内容保留到恢复后再提交。", en: "Pause everyone: what they type is kept until resume."))
        @Argument(help: helpText(zh: "班级的加入码。", en: "The class's join code.")) var code: String
        @OptionGroup var trainer: TrainerOptions
        func run() throws { try ClassSettingCommand.run("pause", code: code, trainer: trainer) }
    }

    struct Resume: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "resume", abstract: helpText(zh: "暂停后继续练习。", en: "Let play go on after a pause."))
        @Argument(help: helpText(zh: "班级的加入码。", en: "The class's join code.")) var code: String
        @OptionGroup var trainer: TrainerOptions
        func run() throws { try ClassSettingCommand.run("resume", code: code, trainer: trainer) }
    }
}

struct ClassPaceCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "pace", abstract: helpText(zh: "self：各自按自己的节奏；stage：按阶段推进，学员在每个新的关系阶段等待，直到培训师放行。", en: "self: each at their own pace; stage: trainees wait at each new lifecycle stage until released."))
    @Argument(help: helpText(zh: "班级的加入码。", en: "The class's join code.")) var code: String
    @Argument(help: helpText(zh: "self 或 stage。", en: "self or stage.")) var pacing: String
    @OptionGroup var trainer: TrainerOptions

    func run() throws {
        try trainer.changeClass("pace", code: code, body: PaceRequest(pacing: pacing))
    }
}

struct ClassReleaseCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "release", abstract: helpText(zh: "对按阶段推进的班级放行下一个关系阶段（或给出的 STAGE）。", en: "Release the next lifecycle stage (or STAGE) to a class paced by stage."))
    @Argument(help: helpText(zh: "班级的加入码。", en: "The class's join code.")) var code: String
    @Argument(help: helpText(zh: "stranger 陌生期、establishment 建立期、investigation 考察期、growth 成长期或 maturity 成熟期（默认：下一个）。", en: "stranger, establishment, investigation, growth or maturity (default: the next one).")) var stage: String?
    @OptionGroup var trainer: TrainerOptions

    func run() throws {
        try trainer.changeClass("release", code: code, body: ReleaseRequest(stage: stage))
    }
}

struct ClassDeadlineCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "deadline", abstract: helpText(zh: "到某个时间后不再接受回答：--in 分钟数或 --at ISO8601 时间；两者都不给则取消截止时间。", en: "Take no answers after a time: --in MINUTES or --at ISO8601; neither clears it."))
    @Argument(help: helpText(zh: "班级的加入码。", en: "The class's join code.")) var code: String
    @Option(name: .customLong("in"), help: helpText(zh: "从现在起的分钟数。", en: "Minutes from now.")) var minutes: Int?
    @Option(name: .long, help: helpText(zh: "一个时间，例如 2026-11-22T10:30:00Z。", en: "A time, e.g. 2026-11-22T10:30:00Z.")) var at: String?
    @OptionGroup var trainer: TrainerOptions

    func run() throws {
        var deadline: Date?
        if let at {
            guard let parsed = ISO8601DateFormatter().date(from: at) else { throw ValidationError("--at takes an ISO 8601 time, not '\(at)'") }
            deadline = parsed
        }
        try trainer.changeClass("deadline", code: code, body: DeadlineRequest(deadline: deadline, minutes: minutes))
    }
}

/// Kick a seat out, or let it back.
enum ClassSeatCommand {
    static func run(_ action: String, code: String, seat: String, trainer: TrainerOptions) throws {
        let escaped = seat.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed.subtracting(CharacterSet(charactersIn: "/"))) ?? seat
        let data = try trainer.call(action) { try $0.post("/api/classes/\(code.uppercased())/seats/\(escaped)/\(action)") }
        try printJSONOrSummary(data, json: trainer.json) { data in
            let entry = try JSONDecoder.trainer.decode(RosterEntry.self, from: data)
            print("#\(entry.seat)  \(entry.trainee)  \(entry.status.rawValue)")
        }
    }

    struct Kick: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "kick", abstract: helpText(zh: "移出一名学员（座位号或姓名）；放回之前不能重新加入。", en: "Remove a trainee (seat number or name); they cannot rejoin until let back."))
        @Argument(help: helpText(zh: "班级的加入码。", en: "The class's join code.")) var code: String
        @Argument(help: helpText(zh: "座位号（见 roster）或学员姓名。", en: "The seat number (from roster) or the trainee's name.")) var seat: String
        @OptionGroup var trainer: TrainerOptions
        func run() throws { try ClassSeatCommand.run("kick", code: code, seat: seat, trainer: trainer) }
    }

    struct LetBack: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "letback", abstract: helpText(zh: "让被移出的学员重新加入。", en: "Let a removed trainee back in."))
        @Argument(help: helpText(zh: "班级的加入码。", en: "The class's join code.")) var code: String
        @Argument(help: helpText(zh: "座位号（见 roster）或学员姓名。", en: "The seat number (from roster) or the trainee's name.")) var seat: String
        @OptionGroup var trainer: TrainerOptions
        func run() throws { try ClassSeatCommand.run("letback", code: code, seat: seat, trainer: trainer) }
    }
}

struct ClassExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: helpText(zh: "把课堂数据库中的会谈记录写成 JSON Lines 文件（供 spar replay、show、report、export --xapi 使用）。", en: "Write the store's transcripts as JSON Lines files (for spar replay, show, report, export --xapi)."))
    @Option(name: .long, help: helpText(zh: "课堂数据库：一个 SQLite 文件或 postgres://USER@HOST[:PORT]/DB（默认：$SPAR_DATABASE_URL，否则 $XDG_DATA_HOME/spar/classroom.sqlite）。", en: "The classroom store: a SQLite file or postgres://USER@HOST[:PORT]/DB (default: $SPAR_DATABASE_URL, else $XDG_DATA_HOME/spar/classroom.sqlite).")) var db: String?
    @Option(name: [.customLong("class")], help: helpText(zh: "只导出这个班级（加入码）。", en: "Only this class (join code).")) var code: String?
    @Option(name: .long, help: helpText(zh: "写入的文件夹。", en: "The folder to write to.")) var out: String

    func run() throws {
        let reference = ClassroomStoreOpening.reference(db)
        do {
            let store = try ClassroomStoreOpening.open(reference, mustExist: true)
            let written = try ClassroomTranscripts.export(from: store, classCode: code?.uppercased(), to: out)
            print("wrote \(written.count) transcript\(written.count == 1 ? "" : "s") to \(out)")
        } catch {
            Console.error("spar class export: \(error)")
            throw ExitCode(1)
        }
    }
}
