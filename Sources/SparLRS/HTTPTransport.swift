import AsyncHTTPClient
import Foundation
import NIOCore
import NIOHTTP1

/// Requests over HTTP(S) (the system's trust store). A store that refuses connections fails the
/// request at once rather than after the client's own retries: `StatementSender` decides when to
/// try again, and a closed port is reported in seconds, not minutes.
public struct HTTPTransport: LRSTransport {
    /// How long one request may take, connection included.
    public var timeout: TimeAmount

    public init(timeout: TimeAmount = .seconds(30)) {
        self.timeout = timeout
    }

    /// One client for the process, never shut down (as the library's own shared client).
    private static let client: HTTPClient = {
        var configuration = HTTPClient.Configuration(timeout: .init(connect: .seconds(10), read: .seconds(30)))
        configuration.connectionPool.retryConnectionEstablishment = false
        return HTTPClient(eventLoopGroupProvider: .singleton, configuration: configuration)
    }()

    public func send(_ request: LRSRequest) async throws -> LRSResponse {
        var outgoing = HTTPClientRequest(url: request.url)
        outgoing.method = HTTPMethod(rawValue: request.method)
        for (name, value) in request.headers { outgoing.headers.add(name: name, value: value) }
        if let body = request.body { outgoing.body = .bytes(ByteBuffer(bytes: body)) }
        let response = try await Self.client.execute(outgoing, timeout: timeout)
        // An error page can be large; what spar reads of an answer is small.
        let bytes = try await response.body.collect(upTo: 8 << 20)
        return LRSResponse(status: Int(response.status.code), body: Data(bytes.readableBytesView))
    }
}
