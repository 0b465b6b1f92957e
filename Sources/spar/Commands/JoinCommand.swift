import ArgumentParser
import Foundation
import NIOSSL
import SparClassroom

struct JoinCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "join",
        abstract: "Join a live class: play on the trainer's server, which scores every answer.")

    @Argument(help: "The class's join code, as the trainer's screen shows it.")
    var code: String

    @Option(name: .long, help: "The classroom server (default: $SPAR_SERVER or \(ServerAddress.defaultURL)).")
    var server: String?

    @Option(name: .long, help: "Your name, as the trainer's roster shows it (default: your login name).")
    var name: String?

    @Option(name: .customLong("ca-cert"), help: "Also trust this PEM certificate for an https server (a classroom's own certificate; default: $SPAR_CA_CERT).")
    var caCert: String?

    @Flag(name: .long, help: "No colour (also when NO_COLOR is set or output is not a terminal).")
    var noColor = false

    func run() throws {
        guard let normalized = JoinCode.normalized(code) else {
            Console.error("spar join: '\(code)' is not a join code (6 letters and digits, as the trainer's screen shows it)")
            throw ExitCode(2)
        }
        let given = server ?? ProcessInfo.processInfo.environment["SPAR_SERVER"] ?? ServerAddress.defaultURL
        guard let address = ServerAddress(given) else {
            Console.error("spar join: '\(given)' is not a server address (e.g. http://192.168.1.20:8080)")
            throw ExitCode(2)
        }
        var tls: (tls: TLSConfiguration, handshakeName: String?)?
        if address.scheme == "https" {
            do {
                tls = try ClassroomTLS.webSocketClient(trusting: ClassroomTLS.caFile(caCert), host: address.host)
            } catch {
                Console.error("spar join: \(error)")
                throw ExitCode(1)
            }
        }
        let status = JoinLoop(server: address, code: normalized, name: name ?? defaultTrainee, noColor: noColor,
                              tls: tls?.tls, handshakeName: tls?.handshakeName).run()
        if status != 0 { throw ExitCode(status) }
    }
}
