import Foundation
import SalesMethod
import SparKit

/// What the server sends a trainee: worded lines (`DisplayLine`) and protocol messages. Nothing
/// here carries a choice's tags, the points of options not taken, feedback before an answer, the
/// account's hidden truth or another trainee's data: the server plays and scores, the client shows.
public enum ServerMessage: Sendable, Hashable {
    /// After `hello`: the seat (its secret, for the client to keep), the scenario's introduction and
    /// what the trainee sees now. `applied`: the last line sequence the seat has taken.
    case welcome(Welcome)
    /// The lines answering input `sequence` (nil: lines the trainer released, or a state change).
    /// `duplicate`: the input had been applied before (a resend), its lines are not repeated.
    /// `ended`: this input ended the session; the scorecard follows. `checkpointWords`: what Tab
    /// offers on an empty word now (the words the checkpoint waiting for an answer takes).
    case output(sequence: Int?, lines: [DisplayLine], duplicate: Bool, ended: Bool = false, checkpointWords: [String] = [])
    /// The session ended: the trainee's own scorecard and, in exam mode, the feedback held back.
    case scorecard(Scorecard, feedback: [TurnFeedback])
    /// A change the trainee should know of (paused, resumed, waiting, released, closed, kicked…).
    case notice(Notice)
    /// Input `sequence` was not taken; `retryAfterMilliseconds` when sending it again later works.
    case rejected(sequence: Int?, reason: Rejection, text: String, retryAfterMilliseconds: Int?)
    /// The connection cannot go on (unknown code, kicked, closed class); the server closes it.
    case error(Rejection, text: String)

    public struct Welcome: Sendable, Hashable, Codable {
        public var seat: String
        public var trainee: String
        public var className: String
        public var scenarioTitle: String
        public var mode: SessionMode
        public var lang: Language
        public var applied: Int
        public var finished: Bool
        public var completion: [String]
        /// What Tab offers on an empty word at the checkpoint the seat waits at (none: nil or empty).
        public var checkpointWords: [String]?
        public var introduction: [DisplayLine]
        public var lines: [DisplayLine]

        enum CodingKeys: String, CodingKey {
            case seat, trainee, className = "class", scenarioTitle = "scenario_title", mode, lang, applied, finished,
                 completion, checkpointWords = "checkpoint_words", introduction, lines
        }
    }

    public struct Notice: Sendable, Hashable, Codable {
        public var kind: NoticeKind
        public var text: String
        public init(_ kind: NoticeKind, _ text: String) {
            self.kind = kind
            self.text = text
        }
    }

    public enum NoticeKind: String, Sendable, Hashable, Codable {
        case paused, resumed, waiting, released, closed, kicked, deadline, replaced, held
    }

    public enum Rejection: String, Sendable, Hashable, Codable {
        case malformed, unknownCode = "unknown_code", classClosed = "class_closed", classLocked = "class_locked",
             kicked, badSeat = "bad_seat", tooLong = "too_long", rateLimited = "rate_limited", busy, deadline,
             storeFailure = "store_failure", notJoined = "not_joined", helloTimeout = "hello_timeout", serverError = "server_error"
    }

    private struct Envelope: Codable {
        var type: String
        var welcome: Welcome?
        var seq: Int?
        var lines: [DisplayLine]?
        var duplicate: Bool?
        var ended: Bool?
        var scorecard: Scorecard?
        var feedback: [TurnFeedback]?
        var notice: Notice?
        var reason: Rejection?
        var text: String?
        var retryAfterMs: Int?
        var checkpointWords: [String]?

        enum CodingKeys: String, CodingKey {
            case type, welcome, seq, lines, duplicate, ended, scorecard, feedback, notice, reason, text, retryAfterMs = "retry_after_ms",
                 checkpointWords = "checkpoint_words"
        }
    }

    public var json: String {
        let envelope: Envelope = switch self {
        case .welcome(let welcome): Envelope(type: "welcome", welcome: welcome)
        case .output(let sequence, let lines, let duplicate, let ended, let words):
            Envelope(type: "output", seq: sequence, lines: lines, duplicate: duplicate ? true : nil, ended: ended ? true : nil,
                     checkpointWords: words.isEmpty ? nil : words)
        case .scorecard(let card, let feedback): Envelope(type: "scorecard", scorecard: card, feedback: feedback)
        case .notice(let notice): Envelope(type: "notice", notice: notice)
        case .rejected(let sequence, let reason, let text, let retry):
            Envelope(type: "rejected", seq: sequence, reason: reason, text: text, retryAfterMs: retry)
        case .error(let reason, let text): Envelope(type: "error", reason: reason, text: text)
        }
        return WireJSON.string(envelope)
    }

    /// Reads a message the server sent; nil when it is not one.
    public static func decode(_ text: String) -> ServerMessage? {
        guard let envelope = WireJSON.decode(Envelope.self, from: text) else { return nil }
        switch envelope.type {
        case "welcome": return envelope.welcome.map { .welcome($0) }
        case "output": return .output(sequence: envelope.seq, lines: envelope.lines ?? [], duplicate: envelope.duplicate ?? false,
                                       ended: envelope.ended ?? false, checkpointWords: envelope.checkpointWords ?? [])
        case "scorecard": return envelope.scorecard.map { .scorecard($0, feedback: envelope.feedback ?? []) }
        case "notice": return envelope.notice.map { .notice($0) }
        case "rejected":
            return envelope.reason.map { .rejected(sequence: envelope.seq, reason: $0, text: envelope.text ?? "", retryAfterMilliseconds: envelope.retryAfterMs) }
        case "error": return envelope.reason.map { .error($0, text: envelope.text ?? "") }
        default: return nil
        }
    }
}
