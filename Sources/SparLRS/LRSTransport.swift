import Foundation

/// One HTTP exchange with a learning record store.
public struct LRSRequest: Sendable, Hashable {
    public var method: String
    public var url: String
    public var headers: [String: String]
    public var body: Data?

    public init(method: String, url: String, headers: [String: String] = [:], body: Data? = nil) {
        self.method = method
        self.url = url
        self.headers = headers
        self.body = body
    }
}

public struct LRSResponse: Sendable, Hashable {
    public var status: Int
    public var body: Data

    public init(status: Int, body: Data = Data()) {
        self.status = status
        self.body = body
    }
}

/// What carries requests: HTTP in use (`HTTPTransport`), a scripted LRS in tests. It throws only
/// when no answer came back (the network); any HTTP status is a response.
public protocol LRSTransport: Sendable {
    func send(_ request: LRSRequest) async throws -> LRSResponse
}
