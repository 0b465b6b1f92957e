import AsyncHTTPClient
import Foundation
import NIOCore
import NIOHTTP1
import NIOSSL

/// The trainer's side of the HTTP API: `--server URL --token T`, a request, the JSON answer or the
/// server's error message.
struct TrainerClient: Sendable {
    let server: ServerAddress
    let token: String
    /// For an https server: what to trust (nil: the system's store, through the shared client).
    var tls: TLSConfiguration?

    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    func get(_ path: String) throws -> Data { try request(.GET, path, body: nil) }

    func post(_ path: String, json: some Encodable & Sendable) throws -> Data {
        try request(.POST, path, body: try JSONEncoder.trainer.encode(json))
    }

    func post(_ path: String) throws -> Data { try request(.POST, path, body: nil) }

    private func request(_ method: HTTPMethod, _ path: String, body: Data?) throws -> Data {
        let url = server.httpURL + path
        let (token, tls, server) = (self.token, self.tls, self.server)
        return try BlockingTask.run {
            var request = HTTPClientRequest(url: url)
            request.method = method
            request.headers.add(name: "Authorization", value: "Bearer \(token)")
            if let body {
                request.headers.add(name: "Content-Type", value: "application/json")
                request.body = .bytes(ByteBuffer(bytes: body))
            }
            let client = tls.map { HTTPClient(eventLoopGroupProvider: .singleton, configuration: .init(tlsConfiguration: $0)) }
            let response: HTTPClientResponse
            let bytes: ByteBuffer
            do {
                response = try await (client ?? HTTPClient.shared).execute(request, timeout: .seconds(30))
                bytes = try await response.body.collect(upTo: 16 << 20)
                try? await client?.shutdown()
            } catch {
                try? await client?.shutdown()
                if let refusal = ClassroomTLS.refusal(error, server: server.httpURL) { throw Failure(description: refusal) }
                throw Failure(description: "cannot reach the classroom server at \(url): \(error)")
            }
            let data = Data(buffer: bytes)
            guard (200..<300).contains(response.status.code) else {
                struct ErrorBody: Decodable { struct Inner: Decodable { var message: String }; var error: Inner }
                let message = (try? JSONDecoder().decode(ErrorBody.self, from: data))?.error.message
                    ?? String(decoding: data, as: UTF8.self)
                throw Failure(description: "\(response.status.code) \(response.status.reasonPhrase): \(message)")
            }
            return data
        }
    }
}

extension JSONEncoder {
    static var trainer: JSONEncoder {
        let encoder = JSONEncoder()
        encoder.dateEncodingStrategy = .iso8601
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return encoder
    }
}

extension JSONDecoder {
    static var trainer: JSONDecoder {
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .iso8601
        return decoder
    }
}
