import Foundation
import SparKit

/// Why statements did not reach a learning record store, worded for the terminal: the LRS's own
/// message is quoted short and with its control characters made visible, never printed raw.
public enum LRSFailure: Error, Sendable, Hashable, CustomStringConvertible {
    /// No HTTP answer at all: refused, timed out, a name that does not resolve, a TLS failure.
    case unreachable(endpoint: String, reason: String)
    /// 401 or 403: the credentials are wrong or may not write statements.
    case unauthorized(endpoint: String, status: Int, message: String)
    /// Another 4xx: the LRS refuses what was sent; sending it again cannot help.
    case rejected(status: Int, message: String)
    /// 5xx (or 429) on every attempt.
    case serverError(status: Int, message: String)

    /// Worth trying again after a pause: the LRS or the network may be back.
    public var isTransient: Bool {
        switch self {
        case .unreachable, .serverError: true
        case .unauthorized, .rejected: false
        }
    }

    public var description: String {
        switch self {
        case .unreachable(let endpoint, let reason):
            "cannot reach the learning record store at \(endpoint) (\(reason))"
        case .unauthorized(let endpoint, let status, let message):
            "the learning record store at \(endpoint) refused the credentials (HTTP \(status)\(Self.quote(message))); check --auth"
        case .rejected(let status, let message):
            "the learning record store refused the statements (HTTP \(status)\(Self.quote(message)))"
        case .serverError(let status, let message):
            "the learning record store failed (HTTP \(status)\(Self.quote(message))); try again later"
        }
    }

    private static func quote(_ message: String) -> String { message.isEmpty ? "" : ": \(message)" }

    /// The message in an error body: the `detail`, `message`, `error` or `errorMessage` of a JSON
    /// object (as Ralph, Learning Locker and others answer), else the text; short and visible.
    public static func message(in body: Data) -> String {
        var text = String(decoding: body.prefix(4096), as: UTF8.self)
        if let object = try? JSONSerialization.jsonObject(with: body) as? [String: Any] {
            for key in ["detail", "message", "error", "errorMessage"] {
                if let value = object[key] as? String { text = value; break }
                if let inner = object[key] as? [String: Any], let value = inner["message"] as? String { text = value; break }
            }
        }
        let oneLine = text.split(whereSeparator: \.isNewline).joined(separator: " ").trimmingCharacters(in: .whitespaces)
        return VisibleText.quoted(oneLine, limit: 200)
    }
}
