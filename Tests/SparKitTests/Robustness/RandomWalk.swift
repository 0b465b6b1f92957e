import SalesMethod
@testable import SparKit

/// A trainee who answers at random: each number in `moves` decides one input, whatever is being
/// asked (a choice, a classification, a contact map, which-did-you-mean, or a command). The same
/// moves always give the same inputs, so a walk can be replayed and cut anywhere.
struct RandomWalk {
    let scenario: Scenario
    let mode: SessionMode
    let moves: [Int]

    static let classifications = ["A 第一KP 有需求 有购买能力 认可产品价值", "B 第二KP 有需求", "C 没有需求", "D", "未知",
                                  "B second KP, need, can pay"]
    static let mappings = ["skip", "批准者 赞助者 控制型", "评估者 反对者 分析型", "user neutral amiable", "决策者"]
    static let commands = ["/back", "/notes 记一下", "/status", "/help", "/classify B 第二KP", "/restart", "99", "", "/nonsense"]

    /// The inputs, and the session after them.
    func play() -> (inputs: [String], session: Session) {
        var session = Session(scenario: scenario, mode: mode)
        _ = session.begin()
        var inputs: [String] = []
        for move in moves where !session.isFinished {
            let input = next(move, in: session)
            inputs.append(input)
            _ = session.handle(input)
        }
        return (inputs, session)
    }

    func next(_ move: Int, in session: Session) -> String {
        switch session.state.pending {
        case .classify?, .practiceClassify?:
            return Self.classifications[move % Self.classifications.count]
        case .map?:
            return Self.mappings[move % Self.mappings.count]
        case .clarify(let numbers)?:
            return numbers.isEmpty ? "1" : String(numbers[move % numbers.count])
        case nil:
            // One move in ten is a command (restart rarely, or walks would rarely end).
            if move % 10 == 0 {
                let command = Self.commands[(move / 10) % Self.commands.count]
                return command == "/restart" && move % 7 != 0 ? "/status" : command
            }
            let available = session.availableChoices()
            guard !available.isEmpty else { return "/status" }
            let picked = available[(move / 10) % available.count]
            // Exam mode takes typed answers; practice mostly numbers, sometimes the words.
            if mode == .exam || move % 3 == 0 { return picked.choice.say }
            return String(picked.number)
        }
    }
}
