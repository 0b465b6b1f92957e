import ArgumentParser
import Foundation
import Hummingbird
import HummingbirdWebSocket
import Logging

/// `spar-dev echo-server`: a bare Hummingbird WebSocket server that answers each text frame with a
/// frame of the same size. The classroom load benchmark drives it exactly as it drives `spar serve`,
/// so the difference between the two is what the classroom adds over the transport.
struct EchoServerCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "echo-server",
        abstract: "A bare WebSocket echo server on /ws (the classroom load benchmark's floor)."
    )

    @Option(name: .long, help: "Address to listen on.")
    var host = "127.0.0.1"

    @Option(name: .long, help: "Port to listen on (0: any free port; --ready-json tells which).")
    var port = 0

    @Option(name: .customLong("ready-json"), help: "Once listening, write {\"url\": …} to this file.")
    var readyJSON: String?

    func run() async throws {
        var logger = Logger(label: "spar-dev.echo")
        logger.logLevel = .warning
        let router = Router(context: BasicWebSocketRequestContext.self)
        router.ws("ws") { inbound, outbound, _ in
            // The same frame size limit and keep-alive as `spar serve`, so both pay the same framing.
            for try await message in inbound.messages(maxSize: 64 * 1024) {
                if case .text(let text) = message {
                    try await outbound.write(.text(text))
                }
            }
        }
        let (host, readyJSON) = (self.host, self.readyJSON)
        let webSocket = WebSocketServerConfiguration(maxFrameSize: 64 * 1024, autoPing: .enabled(timePeriod: .seconds(20)))
        let app = Application(
            router: router,
            server: .http1WebSocketUpgrade(webSocketRouter: router, configuration: .init(ws: webSocket)),
            configuration: .init(address: .hostname(host, port: port), serverName: "spar-dev-echo"),
            onServerRunning: { channel in
                let url = "http://\(host):\(channel.localAddress?.port ?? 0)"
                FileHandle.standardError.write(Data("spar-dev echo-server: listening on \(url)\n".utf8))
                if let readyJSON { Self.writeReadyFile(readyJSON, url: url) }
            },
            logger: logger)
        try await app.runService()
    }

    /// Written to a temporary file and renamed, so a reader never sees half of it.
    static func writeReadyFile(_ path: String, url: String) {
        let temporary = path + ".\(ProcessInfo.processInfo.processIdentifier).tmp"
        let body = Data("{\"url\": \"\(url)\"}\n".utf8)
        if FileManager.default.createFile(atPath: temporary, contents: body), rename(temporary, path) == 0 { return }
        FileHandle.standardError.write(Data("spar-dev echo-server: cannot write the ready file \(path)\n".utf8))
    }
}
