import Foundation
import Hummingbird
import HummingbirdCore
import HummingbirdTLS
import HummingbirdWebSocket
import Logging
import NIOCore
import NIOSSL
import SparClassroom

/// The classroom as a running server: the hub, its routes, and the HTTP/WebSocket listener.
/// `run()` serves until SIGINT or SIGTERM, then stops taking connections, lets open ones close
/// and stops the hub's workers (swift-service-lifecycle).
public struct ClassroomServer: Sendable {
    public var host: String
    public var port: Int
    public let hub: ClassroomHub
    public let trainerToken: String
    /// With a certificate and key: HTTPS and secure WebSockets (wss) only.
    public var tls: TLSConfiguration?
    /// When set, LMSs launch cmi5 units at `/cmi5/launch/SCENARIO` (docs/lms.md).
    public var cmi5: Cmi5Launcher?

    public init(hub: ClassroomHub, trainerToken: String, host: String = "127.0.0.1", port: Int = 8080, tls: TLSConfiguration? = nil) {
        self.hub = hub
        self.trainerToken = trainerToken
        self.host = host
        self.port = port
        self.tls = tls
    }

    /// A random token, 128 bits as hex.
    public static func newTrainerToken() -> String {
        var generator = SystemRandomNumberGenerator()
        return (0..<2).map { _ in String(generator.next() as UInt64, radix: 16).leftPadded(16) }.joined()
    }

    /// The application, for `run()` or for tests (`HummingbirdTesting`). `onListening` gets the bound port.
    public func application(logger: Logger = Logger(label: "spar.serve"),
                            onListening: @escaping @Sendable (Int) async -> Void = { _ in }) throws -> some ApplicationProtocol {
        let router = ClassroomRoutes.router(hub: hub, trainerToken: trainerToken)
        if let cmi5 { Cmi5Routes.add(to: router, launcher: cmi5, scheme: tls == nil ? "http" : "https") }
        let webSocket = WebSocketServerConfiguration(
            maxFrameSize: hub.runtime.configuration.maximumMessageBytes,
            autoPing: .enabled(timePeriod: .seconds(20)))
        let plain = HTTPServerBuilder.http1WebSocketUpgrade(webSocketRouter: router, configuration: .init(ws: webSocket))
        return Application(
            router: router,
            server: try tls.map { try HTTPServerBuilder.tls(plain, tlsConfiguration: $0) } ?? plain,
            configuration: .init(address: .hostname(host, port: port), serverName: "spar"),
            onServerRunning: { channel in await onListening(channel.localAddress?.port ?? port) },
            logger: logger)
    }

    public func run(logger: Logger = Logger(label: "spar.serve"), onListening: @escaping @Sendable (Int) async -> Void) async throws {
        try await application(logger: logger, onListening: onListening).runService()
        await hub.shutdown()
    }
}

private extension String {
    func leftPadded(_ width: Int) -> String { String(repeating: "0", count: max(0, width - count)) + self }
}
