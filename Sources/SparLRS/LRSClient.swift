import Foundation
import SparKit

/// Requests to one learning record store, with the headers xAPI 1.0.3 asks for; an answer is
/// either 2xx or the `LRSFailure` it means.
public struct LRSClient: Sendable {
    public static let xAPIVersion = "1.0.3"
    public let endpoint: LRSEndpoint
    let transport: any LRSTransport

    public init(endpoint: LRSEndpoint, transport: any LRSTransport = HTTPTransport()) {
        self.endpoint = endpoint
        self.transport = transport
    }

    /// `resource` under the endpoint (`statements`, `activities/state`); JSON `body` when given.
    public func call(_ method: String, _ resource: String, query: [(String, String)] = [], body: Data? = nil)
        async throws(LRSFailure) -> LRSResponse {
        var headers = ["X-Experience-API-Version": Self.xAPIVersion, "Authorization": endpoint.authorization]
        if body != nil { headers["Content-Type"] = "application/json" }
        let response: LRSResponse
        do {
            response = try await transport.send(LRSRequest(method: method, url: endpoint.url(resource, query: query),
                                                           headers: headers, body: body))
        } catch {
            throw .unreachable(endpoint: endpoint.base, reason: VisibleText.quoted(String(describing: error), limit: 160))
        }
        switch response.status {
        case 200..<300: return response
        case 401, 403: throw .unauthorized(endpoint: endpoint.base, status: response.status, message: LRSFailure.message(in: response.body))
        case 429, 500...: throw .serverError(status: response.status, message: LRSFailure.message(in: response.body))
        default: throw .rejected(status: response.status, message: LRSFailure.message(in: response.body))
        }
    }
}
