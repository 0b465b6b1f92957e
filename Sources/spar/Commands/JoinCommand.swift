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

    @Option(name: .long, help: ArgumentHelp(
        "The classroom server (default: $SPAR_SERVER or \(ServerAddress.defaultURL)).",
        discussion: "Give --server once per server of a class that several servers share on one database: when the one in use stops answering, the next takes over and play goes on where it stood."))
    var server: [String] = []

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
