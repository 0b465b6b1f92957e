import Foundation
import NIOSSL

/// TLS for the classroom: the certificate and key `spar serve --tls-cert --tls-key` presents, and
/// what `spar join` and `spar class` trust (`--ca-cert FILE` for a classroom's own, self-signed
/// certificate, on top of the system's trust store). Every file problem is a sentence naming the
/// option and the file.
enum ClassroomTLS {
    struct Failure: Error, CustomStringConvertible {
        var description: String
        init(_ description: String) { self.description = description }
    }

    /// The server's configuration, checked now (a missing file, a file that is not PEM, a key that
    /// does not belong to the certificate) rather than at the first trainee's handshake.
    static func server(certificate: String, key: String) throws -> TLSConfiguration {
        let chain = try certificates(certificate, option: "--tls-cert")
        try requireReadable(key, option: "--tls-key")
        let privateKey: NIOSSLPrivateKey
        do {
            privateKey = try NIOSSLPrivateKey(file: key, format: .pem)
        } catch {
            throw Failure("--tls-key \(key): not a PEM private key (unencrypted, e.g. from openssl req -nodes)")
        }
        let configuration = TLSConfiguration.makeServerConfiguration(certificateChain: chain.map { .certificate($0) },
                                                                     privateKey: .privateKey(privateKey))
        do {
            _ = try NIOSSLContext(configuration: configuration)
        } catch {
            throw Failure("--tls-key \(key) is not the key of the certificate in --tls-cert \(certificate) (\(error))")
        }
        return configuration
    }

    /// A client's configuration: the system's trust store, and the certificates in `caFile` too.
    static func client(trusting caFile: String?) throws -> TLSConfiguration {
        var configuration = TLSConfiguration.makeClientConfiguration()
        if let caFile {
            configuration.additionalTrustRoots = [.certificates(try certificates(caFile, option: "--ca-cert"))]
        }
        return configuration
    }

    /// The WebSocket client's configuration for `host`. A server addressed by its IP (a classroom
    /// LAN) cannot be named in the handshake, so its certificate is pinned instead: only the
    /// certificates in `caFile` are trusted, whatever name they carry.
    static func webSocketClient(trusting caFile: String?, host: String) throws -> (tls: TLSConfiguration, handshakeName: String?) {
        guard isIPAddress(host) else { return (try client(trusting: caFile), nil) }
        guard let caFile else {
            throw Failure("the certificate of a server addressed by its IP (\(host)) is not trusted without the classroom's own: --ca-cert FILE (the trainer's certificate file)")
        }
        var configuration = TLSConfiguration.makeClientConfiguration()
        configuration.trustRoots = .certificates(try certificates(caFile, option: "--ca-cert"))
        configuration.certificateVerification = .noHostnameVerification
        return (configuration, "spar-classroom")
    }

    static func isIPAddress(_ host: String) -> Bool {
        host.contains(":") || (!host.isEmpty && host.allSatisfy { $0.isASCII && ($0.isNumber || $0 == ".") })
    }

    /// `--ca-cert` when given, else `$SPAR_CA_CERT` when set.
    static func caFile(_ given: String?) -> String? {
        given ?? ProcessInfo.processInfo.environment["SPAR_CA_CERT"].flatMap { $0.isEmpty ? nil : $0 }
    }

    /// Whether `error` (from a connection attempt) is TLS refusing the server, and the words for it.
    static func refusal(_ error: any Error, server: String) -> String? {
        let text = String(describing: error)
        guard error is NIOSSLError || text.contains("SSL") || text.contains("CERTIFICATE") else { return nil }
        if text.contains("CERTIFICATE_VERIFY_FAILED") || text.contains("certificate") {
            return "the certificate of \(server) is not trusted (\(text)); for a classroom's own certificate give the trainer's certificate file: --ca-cert FILE"
        }
        return "a secure connection to \(server) failed (\(text)); is it a spar serve started with --tls-cert, and the address right?"
    }

    private static func certificates(_ file: String, option: String) throws -> [NIOSSLCertificate] {
        try requireReadable(file, option: option)
        let chain: [NIOSSLCertificate]
        do {
            chain = try NIOSSLCertificate.fromPEMFile(file)
        } catch {
            throw Failure("\(option) \(file): not a PEM certificate")
        }
        if chain.isEmpty { throw Failure("\(option) \(file): no certificate in it (a PEM file starting -----BEGIN CERTIFICATE-----)") }
        return chain
    }

    private static func requireReadable(_ file: String, option: String) throws {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: file, isDirectory: &isFolder) else { throw Failure("\(option) \(file): no such file") }
        if isFolder.boolValue { throw Failure("\(option) \(file): is a folder, not a file") }
        guard FileManager.default.isReadableFile(atPath: file) else { throw Failure("\(option) \(file): cannot be read (permissions)") }
    }
}
