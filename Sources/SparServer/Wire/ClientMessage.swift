import Foundation
import SalesMethod

/// What a trainee's client sends, one JSON object per WebSocket text message.
public enum ClientMessage: Sendable, Hashable {
    /// The first message: which class, who, and the seat secret when the client has one.
    case hello(Hello)
    /// A line the trainee typed. `sequence` counts the client's lines from 1 (continuing the seat's
    /// count after a reconnect), so a line resent after a dropped connection is applied once.
    case line(sequence: Int, text: String)

    public struct Hello: Sendable, Hashable, Codable {
        public var code: String
        public var name: String?
        public var seat: String?
        public var lang: Language?
        public init(code: String, name: String?, seat: String?, lang: Language? = nil) {
            self.code = code
            self.name = name
            self.seat = seat
            self.lang = lang
        }
    }

    private struct Envelope: Codable {
        var type: String
        var code: String?
        var name: String?
        var seat: String?
        var lang: Language?
        var seq: Int?
        var text: String?
    }

    public enum DecodingFailure: Error, Sendable, Hashable, CustomStringConvertible {
        case notJSON
        case unknownType(String)
        case missing(String)

        public var description: String {
            switch self {
            case .notJSON: "not a JSON message"
            case .unknownType(let type): "unknown message type '\(type)'"
            case .missing(let field): "the message lacks '\(field)'"
            }
        }
    }

    public static func decode(_ text: String) throws(DecodingFailure) -> ClientMessage {
        guard let envelope = try? JSONDecoder().decode(Envelope.self, from: Data(text.utf8)) else { throw .notJSON }
        switch envelope.type {
        case "hello":
            guard let code = envelope.code else { throw .missing("code") }
            return .hello(Hello(code: code, name: envelope.name, seat: envelope.seat, lang: envelope.lang))
        case "line":
            guard let sequence = envelope.seq else { throw .missing("seq") }
            guard let text = envelope.text else { throw .missing("text") }
            return .line(sequence: sequence, text: text)
        default:
            throw .unknownType(envelope.type)
        }
    }

    public var json: String {
        let envelope = switch self {
        case .hello(let hello): Envelope(type: "hello", code: hello.code, name: hello.name, seat: hello.seat, lang: hello.lang)
        case .line(let sequence, let text): Envelope(type: "line", seq: sequence, text: text)
        }
        return WireJSON.string(envelope)
    }
}
