import NIOSSL

/// One server a trainee may reach the class through, with how to talk TLS to it.
struct ClassEndpoint: Sendable {
    var address: ServerAddress
    var tls: TLSConfiguration?
    /// The name sent in the TLS handshake when the host is an IP address (which cannot be sent).
    var handshakeName: String?
}
