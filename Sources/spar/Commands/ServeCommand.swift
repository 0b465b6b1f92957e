import ArgumentParser
import Foundation
import Logging
import NIOSSL
import SparClassroom
import SparCommandLine
import SparKit
import SparLRS
import SparServer

/// `spar serve`: a live classroom. Each scenario given opens a class with a join code; trainees
/// `spar join` it and the server plays and scores their sessions, keeping every answer in the store.
struct ServeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: helpText(zh: "开一堂现场课：学员凭加入码加入，服务器运行场景并评分，培训师掌控进程。", en: "Run a live class: trainees join with a code, the server plays and scores, the trainer controls it."),
        discussion: helpText(zh: """
            每个 SCENARIO（场景文件或自带场景的 id）开一个班级，除非课堂数据库中已有同一场景、同一模式、同一名称\
            的未结束班级（因此崩溃后再运行同一命令会接着用它）。服务器重启时，数据库中的班级会重新开放。
            """, en: """
            Each SCENARIO (a file or a shipped scenario's id) opens a class, unless the store already has an \
            open class on that exact scenario, mode and name (so the same command after a crash goes on with it). \
            Classes in the store are served again when the server restarts.
            """))

    @Argument(help: helpText(zh: "要开班的场景（文件或自带场景的 id）。", en: "Scenarios to open classes on (files or shipped ids)."))
    var scenarios: [String] = []

    @Option(name: .long, help: helpText(zh: "practice 练习模式（显示选项，可提示、回退）或 exam 考试模式（自己输入回答，点评在最后）。", en: "practice (choices, hints, undo) or exam (typed answers, feedback at the end)."))
    var mode: SessionMode = .practice

    @Option(name: [.customLong("class")], help: helpText(zh: "班级名称，学员能看到，也记入会谈记录。", en: "The class's name, shown to trainees and recorded in transcripts."))
    var className: String?

    @Option(name: .long, help: helpText(zh: "课堂数据库：一个 SQLite 文件，或供多台服务器共用的 postgres://USER@HOST[:PORT]/DB（默认：$SPAR_DATABASE_URL，否则 $XDG_DATA_HOME/spar/classroom.sqlite）。", en: "The classroom store: a SQLite file, or postgres://USER@HOST[:PORT]/DB shared by several servers (default: $SPAR_DATABASE_URL, else $XDG_DATA_HOME/spar/classroom.sqlite)."))
    var db: String?

    @Option(name: .long, help: helpText(zh: "监听的地址（0.0.0.0：所有网络接口，用于教室局域网）。", en: "Address to listen on (0.0.0.0: every interface, for a classroom LAN)."))
    var host = "127.0.0.1"

    @Option(name: .long, help: helpText(zh: "监听的端口（0：任一空闲端口，实际端口见 --ready-json 写的文件）。", en: "Port to listen on (0: any free port; --ready-json tells which)."))
    var port = 8080

    @Option(name: .customLong("ready-json"), help: helpText(zh: "开始监听后，把 {url, trainer_token, classes} 写入这个文件。", en: "Once listening, write {url, trainer_token, classes} to this file."))
    var readyJSON: String?

    @Option(name: .customLong("tls-cert"), help: helpText(zh: "用这个 PEM 证书（链）提供 HTTPS 和 wss；需同时给出 --tls-key。", en: "Serve HTTPS and wss with this PEM certificate (chain); needs --tls-key."))
    var tlsCert: String?

    @Option(name: .customLong("tls-key"), help: helpText(zh: "--tls-cert 证书的 PEM 私钥。", en: "The PEM private key of --tls-cert."))
    var tlsKey: String?

    @Option(name: .long, help: helpText(zh: "培训师令牌（默认：$SPAR_TRAINER_TOKEN，否则随机生成一个）。", en: "The trainer token (default: $SPAR_TRAINER_TOKEN, or a new random one)."))
    var token: String?

    @Flag(name: .long, help: helpText(zh: "记录每个连接和请求的日志。", en: "Log each connection and request."))
    var verbose = false

    /// Every class's statements forwarded to a learning record store as they happen (docs/lms.md).
    @OptionGroup var lrs: LRSOptions

    @Flag(name: .long, help: helpText(zh: "在 /cmi5/launch/SCENARIO 接受 LMS 的 cmi5 启动（单元由 spar cmi5 package 生成）。", en: "Take cmi5 launches from an LMS at /cmi5/launch/SCENARIO (units made by spar cmi5 package)."))
    var cmi5 = false

    func validate() throws {
        if !(0...65535).contains(port) { throw ValidationError("--port must be 0…65535") }
        if (tlsCert == nil) != (tlsKey == nil) { throw ValidationError("--tls-cert and --tls-key go together: a certificate and its key") }
    }

    func run() throws {
        let console = Console.automatic(noColor: false)
        var tls: TLSConfiguration?
        if let tlsCert, let tlsKey {
            do {
                tls = try ClassroomTLS.server(certificate: tlsCert, key: tlsKey)
            } catch {
                Console.error("spar serve: \(error)")
                throw ExitCode(1)
            }
        }
        let store: any ClassroomStore
        let reference = ClassroomStoreOpening.reference(db)
        do {
            store = try ClassroomStoreOpening.open(reference)
        } catch {
            Console.error("spar serve: cannot open the classroom store \(ClassroomStoreOpening.shown(reference)): \(error)")
            throw ExitCode(1)
        }
        var logger = Logger(label: "spar.serve")
        logger.logLevel = verbose ? .info : .warning
        var configuration = ClassroomConfiguration(version: SparVersion.current, best: { BestScoresStore.shared.best(for: $0) })
        let forwarder = try lrs.endpoint().map { endpoint -> StatementForwarder in
            // The durable outbox lives in the SQLite store; the PostgreSQL store has none yet.
            guard let outbox = store as? any StatementForwarder.Store else {
                Console.error("spar serve: --lrs needs the SQLite store (--db FILE): a PostgreSQL store has no statement outbox yet")
                throw ExitCode(2)
            }
            return StatementForwarder(store: outbox, client: LRSClient(endpoint: endpoint), logger: logger)
        }
        let launcher = cmi5 ? Cmi5Launcher(logger: logger) : nil
        if forwarder != nil || launcher != nil {
            configuration.entriesStored = { code, seat in
                await forwarder?.seatStored(classCode: code, seatID: seat)
                await launcher?.seatStored(classCode: code, seatID: seat)
            }
        }
        let hub = try ClassroomHub(store: store, configuration: configuration, logger: logger)
        launcher?.attach(hub)
        for reference in scenarios {
            let scenario = try loadScenario(reference, style: console.style)
            guard let source = FileManager.default.contents(atPath: scenario.file) else {
                Console.error("spar serve: cannot read \(scenario.file)")
                throw ExitCode(1)
            }
            // Searched now, not at a trainee's last answer, also for a class another server opened.
            BestScoresStore.shared.prefetch(scenario)
            let alreadyOpen = hub.summaries().contains {
                !$0.settings.closed && $0.sha256 == scenario.sha256 && $0.mode == mode && $0.name == className
            }
            if !alreadyOpen {
                do {
                    _ = try hub.openClass(source: source, file: scenario.file, mode: mode, name: className)
                } catch {
                    Console.error("spar serve: \(reference): \(error)")
                    throw ExitCode(1)
                }
            }
        }
        let classes = hub.summaries().filter { !$0.settings.closed }
        if classes.isEmpty {
            Console.error("spar serve: no class to serve; give a scenario (e.g. spar serve valve-retrofit --mode exam)")
            throw ExitCode(2)
        }
        let trainerToken = token ?? ProcessInfo.processInfo.environment["SPAR_TRAINER_TOKEN"] ?? ClassroomServer.newTrainerToken()
        var configured = ClassroomServer(hub: hub, trainerToken: trainerToken, host: host, port: port, tls: tls)
        configured.cmi5 = launcher
        let server = configured
        let scheme = tls == nil ? "http" : "https"
        let (host, readyJSON, serverLogger) = (self.host, self.readyJSON, logger)
        try BlockingTask.run {
            let forwarding = forwarder.map { forwarder in
                Task {
                    await forwarder.catchUp()
                    await forwarder.run()
                }
            }
            // What is not sent when the server stops stays in the outbox for its next start.
            defer { forwarding?.cancel() }
            try await server.run(logger: serverLogger) { port in
                let shownHost = host == "0.0.0.0" || host == "::" ? (ProcessInfo.processInfo.hostName) : host
                let url = "\(scheme)://\(shownHost.contains(":") ? "[\(shownHost)]" : shownHost):\(port)"
                ServeBanner(url: url, token: trainerToken, classes: classes, console: console).print()
                if let readyJSON { ServeBanner.writeReadyFile(readyJSON, url: url, token: trainerToken, classes: classes) }
            }
        }
    }
}

/// What `spar serve` prints once it listens, and the ready file scripts wait for.
struct ServeBanner {
    let url: String
    let token: String
    let classes: [ClassSummary]
    let console: Console

    func print() {
        let style = console.style
        console.line(style.bold("spar serve: listening on \(url)"))
        for summary in classes {
            console.line()
            console.line("  " + style.bold(summary.code) + "  \(summary.title) (\(summary.scenario), \(summary.mode.rawValue))"
                         + (summary.name.map { "  · \($0)" } ?? ""))
            console.line("  " + style.gray("trainees type:") + "  spar join \(summary.code) --server \(url)")
        }
        if url.hasPrefix("https://") {
            console.line("  " + style.gray("with a self-signed certificate they add --ca-cert and the certificate file (never the key)"))
        }
        console.line()
        console.line(style.gray("trainer:") + " \(url)/trainer?token=\(token)   (the dashboard, in a browser)")
        console.line(style.gray("         spar class roster CODE --server \(url) --token \(token)"))
        console.line(style.gray("Ctrl-C stops the server; every answer is already stored."))
        console.flush()
    }

    struct Ready: Encodable {
        struct Class: Encodable {
            var code: String
            var scenario: String
            var mode: String
        }
        var url: String
        var trainerToken: String
        var classes: [Class]
        enum CodingKeys: String, CodingKey { case url, trainerToken = "trainer_token", classes }
    }

    /// Written to a temporary file and renamed, so a reader never sees half of it.
    static func writeReadyFile(_ path: String, url: String, token: String, classes: [ClassSummary]) {
        let ready = Ready(url: url, trainerToken: token,
                          classes: classes.map { Ready.Class(code: $0.code, scenario: $0.scenario, mode: $0.mode.rawValue) })
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        guard let data = try? encoder.encode(ready) else { return }
        let temporary = path + ".\(ProcessInfo.processInfo.processIdentifier).tmp"
        if FileManager.default.createFile(atPath: temporary, contents: data + Data("\n".utf8)), rename(temporary, path) == 0 { return }
        Console.error("spar serve: cannot write the ready file \(path)")
    }
}
