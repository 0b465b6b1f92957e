import Foundation
import SparClassroom
@testable import SparServer
import SparKit
import Testing

/// What goes over the wire to a trainee: a whole session played through the socket, every frame
/// checked for what a trainee must not learn.
@Suite("Wire: nothing hidden reaches the trainee")
struct WireTests {
    /// Every JSON key a frame may carry. A new key is a decision, not an accident.
    static let allowedKeys: Set<String> = [
        // envelope and protocol
        "type", "welcome", "seq", "lines", "duplicate", "ended", "scorecard", "feedback", "notice", "reason", "text", "retry_after_ms", "kind",
        "checkpoint_words",
        // welcome
        "seat", "trainee", "class", "scenario_title", "mode", "lang", "applied", "finished", "completion", "introduction",
        // a display line
        "role", "label",
        // the trainee's own scorecard at the end
        "outcome", "overall", "band", "passed", "passMark", "dimensions", "dimension", "achieved", "best", "percent", "events",
        "reached", "criticalErrors", "criticalErrorsBlockPass",
        "points", "rule", "turn", "followUpSigningChance",
        // the scorecard's critical errors and which dimensions the session reached
        "criticalErrors", "criticalErrorsBlockPass", "reached",
    ]

    static func keys(in json: Any, into keys: inout Set<String>) {
        if let object = json as? [String: Any] {
            for (key, value) in object {
                keys.insert(key)
                Self.keys(in: value, into: &keys)
            }
        } else if let array = json as? [Any] {
            for value in array { Self.keys(in: value, into: &keys) }
        }
    }

    @Test("an exam played through the socket: no tags, hidden roles, unchosen choices or early feedback in any frame",
          .timeLimit(.minutes(5)))
    func examSessionLeaksNothing() async throws {
        let classroom = try TestClassroom.make(mode: .exam)
        defer { classroom.remove() }
        let inputs = classroom.bestInputsTyped
        let code = classroom.code
        let played = try await classroom.server.withRunning { port in
            try await WireTrainee(port: port, code: code).play(inputs)
        }
        let scenario = classroom.scenario
        #expect(played.scorecard != nil, "the session did not reach its scorecard: \(played.frames.suffix(3))")

        // What the trainee chose, from a local session with the same inputs.
        var local = Session(scenario: scenario, mode: .exam)
        var chosen: Set<String> = []
        for event in local.begin() { if case .answered(let choice, _) = event { chosen.insert(choice.say) } }
        for line in inputs {
            for event in local.handle(line) { if case .answered(let choice, _) = event { chosen.insert(choice.say) } }
        }
        #expect(played.scorecard?.overall == Scorecard(state: local.state, scenario: scenario, best: TestClassroom.bestScores.best(for: scenario)).overall)

        var keys: Set<String> = []
        for frame in played.frames {
            let json = try JSONSerialization.jsonObject(with: Data(frame.utf8))
            Self.keys(in: json, into: &keys)
        }
        #expect(keys.subtracting(Self.allowedKeys).isEmpty, "keys a trainee should not get: \(keys.subtracting(Self.allowedKeys))")

        let beforeScorecard = played.frames.prefix { !$0.contains("\"type\":\"scorecard\"") }
        // The completion words are the method's whole vocabulary, the same for every scenario; leave them out.
        let shown = beforeScorecard.map { frame -> String in
            guard frame.contains("\"type\":\"welcome\""), let welcome = played.welcome else { return frame }
            var copy = welcome
            copy.completion = []
            return ServerMessage.welcome(copy).json
        }.joined(separator: "\n")

        for node in scenario.nodes {
            for choice in node.choices {
                if !chosen.contains(choice.say) {
                    #expect(!shown.contains(choice.say), "an unchosen choice reached the trainee: \(choice.say)")
                }
                if let feedback = choice.feedback {
                    // Exam mode: no feedback at all before the scorecard, chosen or not.
                    #expect(!shown.contains(feedback), "feedback reached the trainee before the scorecard: \(feedback)")
                }
            }
        }
        for contact in scenario.contacts {
            for hidden in [contact.role.rawValue, contact.attitude.rawValue, contact.style.rawValue] {
                #expect(!shown.contains("\"\(hidden)\""), "\(contact.name)'s hidden \(hidden) reached the trainee")
            }
        }
        for choice in scenario.nodes.flatMap(\.choices) {
            for tag in [choice.task?.rawValue, choice.step?.rawValue, choice.handles?.rawValue, choice.close?.rawValue].compactMap({ $0 }) {
                #expect(!shown.contains("\"\(tag)\""), "a choice tag reached the trainee: \(tag)")
            }
        }
    }

    @Test("practice mode: feedback and points come only after the answer they belong to", .timeLimit(.minutes(5)))
    func practiceFeedbackFollowsAnswers() async throws {
        let classroom = try TestClassroom.make(mode: .practice)
        defer { classroom.remove() }
        let inputs = classroom.bestInputs
        let code = classroom.code
        let played = try await classroom.server.withRunning { port in
            try await WireTrainee(port: port, code: code).play(inputs)
        }
        #expect(played.scorecard != nil)
        for message in played.messages {
            guard case .output(_, let lines, _, _, _) = message else { continue }
            let answered = lines.firstIndex { $0.role == .answer || $0.role == .plain }
            for (index, line) in lines.enumerated() where [.coach, .scoreGain, .scoreLoss].contains(line.role) {
                #expect(answered.map { $0 < index } ?? false || line.label?.contains("提示") == true,
                        "feedback before any answer: \(line)")
            }
        }
        if case .welcome(let welcome) = played.messages.first {
            #expect(!welcome.lines.contains { [.coach, .scoreGain, .scoreLoss].contains($0.role) })
        }
    }
}

@Suite struct CheckpointWordsOnTheWireTests {
    @Test("a checkpoint's output tells the client what Tab offers there; other outputs offer nothing",
          .timeLimit(.minutes(5)))
    func checkpointOutputsCarryTheirWords() async throws {
        let classroom = try TestClassroom.make(mode: .practice)
        defer { classroom.remove() }
        let inputs = classroom.bestInputs
        let code = classroom.code
        let played = try await classroom.server.withRunning { port in
            try await WireTrainee(port: port, code: code).play(inputs)
        }
        var checkpoints = 0, classify = 0
        for message in played.messages {
            guard case .output(_, let lines, let duplicate, _, let words) = message, !duplicate else { continue }
            // The best path answers every checkpoint at once: play waits at one exactly when it asks.
            if let asks = lines.last(where: { $0.role == .checkpoint }) {
                checkpoints += 1
                if asks.text.contains("类别") {
                    classify += 1
                    #expect(words.contains("A") && words.contains("未知") && words.contains("第一KP"), "\(words)")
                } else {
                    #expect(words.contains("批准者") && words.contains("中立者") && words.contains("控制型"), "\(words)")
                }
                #expect(!words.contains { $0.hasPrefix("/") })
            } else {
                #expect(words.isEmpty, "\(lines.map(\.text))")
            }
        }
        #expect(checkpoints >= 1 && classify >= 1)
        // Round trip: the field survives encoding.
        let message = ServerMessage.output(sequence: 3, lines: [], duplicate: false, checkpointWords: ["A", "第一KP"])
        #expect(ServerMessage.decode(message.json) == message)
    }
}
