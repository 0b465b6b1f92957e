import AsyncHTTPClient
import Foundation
import NIOCore
import NIOHTTP1

/// Requests over HTTP(S) through async-http-client's shared client (the system's trust store).
public struct HTTPTransport: LRSTransport {
    /// How long one request may take, connection included.
    public var timeout: TimeAmount

    public init(timeout: TimeAmount = .seconds(30)) {
        self.timeout = timeout
    }

    public func send(_ request: LRSRequest) async throws -> LRSResponse {
        var outgoing = HTTPClientRequest(url: request.url)
        outgoing.method = HTTPMethod(rawValue: request.method)
        for (name, value) in request.headers { outgoing.headers.add(name: name, value: value) }
        if let body = request.body { outgoing.body = .bytes(ByteBuffer(bytes: body)) }
        let response = try await HTTPClient.shared.execute(outgoing, timeout: timeout)
        // An error page can be large; what spar reads of an answer is small.
        let bytes = try await response.body.collect(upTo: 8 << 20)
        return LRSResponse(status: Int(response.status.code), body: Data(bytes.readableBytesView))
    }
}
