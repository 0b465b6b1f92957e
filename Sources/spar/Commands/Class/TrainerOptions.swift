import ArgumentParser
import Foundation
import NIOSSL
import SparCommandLine

/// `--server URL --token T`, shared by every `spar class` command that talks to a server.
struct TrainerOptions: ParsableArguments {
    @Option(name: .long, help: helpText(zh: "课堂服务器（默认：$SPAR_SERVER 或 \(ServerAddress.defaultURL)）。",
                                            en: "The classroom server (default: $SPAR_SERVER or \(ServerAddress.defaultURL))."))
    var server: String?

    @Option(name: .long, help: helpText(zh: "spar serve 打印出的培训师令牌（默认：$SPAR_TRAINER_TOKEN）。", en: "The trainer token `spar serve` printed (default: $SPAR_TRAINER_TOKEN)."))
    var token: String?

    @Option(name: .customLong("ca-cert"), help: helpText(zh: "连接 https 服务器时另外信任这个 PEM 证书（默认：$SPAR_CA_CERT）。", en: "Also trust this PEM certificate for an https server (default: $SPAR_CA_CERT)."))
    var caCert: String?

    @Flag(name: .long, help: helpText(zh: "打印服务器返回的 JSON，而不是摘要。", en: "Print the server's JSON answer instead of a summary."))
    var json = false

    func client() throws -> TrainerClient {
        let environment = ProcessInfo.processInfo.environment
        let given = server ?? environment["SPAR_SERVER"] ?? ServerAddress.defaultURL
        guard let address = ServerAddress(given) else { throw ValidationError("'\(given)' is not a server address") }
        guard let token = token ?? environment["SPAR_TRAINER_TOKEN"], !token.isEmpty else {
            throw ValidationError("the trainer token is needed: --token T (spar serve prints it) or SPAR_TRAINER_TOKEN")
        }
        var tls: TLSConfiguration?
        if address.scheme == "https" {
            do {
                tls = try ClassroomTLS.client(trusting: ClassroomTLS.caFile(caCert))
            } catch {
                throw ValidationError("\(error)")
            }
        }
        return TrainerClient(server: address, token: token, tls: tls)
    }

    /// Runs a request, printing the server's error as the command's.
    func call(_ command: String, _ body: (TrainerClient) throws -> Data) throws -> Data {
        do {
            return try body(try client())
        } catch let failure as TrainerClient.Failure {
            Console.error("spar class \(command): \(failure)")
            throw ExitCode(1)
        }
    }
}
