import ArgumentParser
import Foundation
import NIOSSL
import SparClassroom
import SparCommandLine

struct JoinCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "join",
        abstract: helpText(zh: "加入现场课堂：在培训师的服务器上练习，每个回答由服务器评分。", en: "Join a live class: play on the trainer's server, which scores every answer."))

    @Argument(help: helpText(zh: "班级的加入码（培训师屏幕上显示的那个）。", en: "The class's join code, as the trainer's screen shows it."))
    var code: String

    @Option(name: .long, help: ArgumentHelp(
        helpText(zh: "课堂服务器（默认：$SPAR_SERVER 或 \(ServerAddress.defaultURL)）。",
                 en: "The classroom server (default: $SPAR_SERVER or \(ServerAddress.defaultURL))."),
        discussion: helpText(zh: "几台服务器共用一个数据库开同一个班级时，每台服务器给一次 --server：正在用的那台不再响应时，由下一台接替，练习从原处继续。", en: "Give --server once per server of a class that several servers share on one database: when the one in use stops answering, the next takes over and play goes on where it stood.")))
    var server: [String] = []

    @Option(name: .long, help: helpText(zh: "你的名字，显示在培训师的学员名单上（默认：你的登录名）。", en: "Your name, as the trainer's roster shows it (default: your login name)."))
    var name: String?

    @Option(name: .customLong("ca-cert"), help: helpText(zh: "连接 https 服务器时另外信任这个 PEM 证书（课堂自己的证书；默认：$SPAR_CA_CERT）。", en: "Also trust this PEM certificate for an https server (a classroom's own certificate; default: $SPAR_CA_CERT)."))
    var caCert: String?

    @Flag(name: .long, help: helpText(zh: "不用颜色（设置了 NO_COLOR 或输出不是终端时也不用）。", en: "No colour (also when NO_COLOR is set or output is not a terminal)."))
    var noColor = false

    func run() throws {
        guard let normalized = JoinCode.normalized(code) else {
            Console.error("spar join: '\(code)' is not a join code (6 letters and digits, as the trainer's screen shows it)")
            throw ExitCode(2)
        }
        // $SPAR_SERVER may list several servers, separated by commas.
        let given = !server.isEmpty ? server
            : (ProcessInfo.processInfo.environment["SPAR_SERVER"].map { $0.split(separator: ",").map(String.init) } ?? [ServerAddress.defaultURL])
        var endpoints: [ClassEndpoint] = []
        for text in given {
            guard let address = ServerAddress(text) else {
                Console.error("spar join: '\(text)' is not a server address (e.g. http://192.168.1.20:8080)")
                throw ExitCode(2)
            }
            var endpoint = ClassEndpoint(address: address)
            if address.scheme == "https" {
                do {
                    let tls = try ClassroomTLS.webSocketClient(trusting: ClassroomTLS.caFile(caCert), host: address.host)
                    endpoint.tls = tls.tls
                    endpoint.handshakeName = tls.handshakeName
                } catch {
                    Console.error("spar join: \(error)")
                    throw ExitCode(1)
                }
            }
            endpoints.append(endpoint)
        }
        let status = JoinLoop(servers: endpoints, code: normalized, name: name ?? defaultTrainee, noColor: noColor).run()
        if status != 0 { throw ExitCode(status) }
    }
}
