import Foundation

/// The classroom server a trainee joins: `--server http://HOST:PORT` (https for TLS), as the
/// trainer's screen shows it; the WebSocket URL and the key seat secrets are filed under follow from it.
struct ServerAddress: Sendable, Hashable {
    var scheme: String
    var host: String
    var port: Int

    static let defaultURL = "http://127.0.0.1:8080"

    init?(_ text: String) {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        let withScheme = trimmed.contains("://") ? trimmed : "http://" + trimmed
        guard let components = URLComponents(string: withScheme), let host = components.host, !host.isEmpty,
              let scheme = components.scheme?.lowercased(), ["http", "https", "ws", "wss"].contains(scheme) else { return nil }
        self.scheme = (scheme == "https" || scheme == "wss") ? "https" : "http"
        self.host = host
        port = components.port ?? (self.scheme == "https" ? 443 : 80)
    }

    var webSocketURL: String { "\(scheme == "https" ? "wss" : "ws")://\(hostForURL):\(port)/ws" }
    var httpURL: String { "\(scheme)://\(hostForURL):\(port)" }
    /// A file-name-safe key, one per server.
    var key: String { "\(host)_\(port)".map { $0.isLetter || $0.isNumber || $0 == "." || $0 == "_" ? $0 : "-" }.map(String.init).joined() }

    private var hostForURL: String { host.contains(":") ? "[\(host)]" : host }
}
