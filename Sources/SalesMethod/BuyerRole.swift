/// The role a person plays in the buying project (docs/method.md).
public enum BuyerRole: String, MethodIdentifier {
    case approver
    case decisionMaker = "decision_maker"
    case evaluator, influencer, user, purchaser, insider

    public var name: LocalizedName {
        switch self {
        case .approver: LocalizedName(zh: "批准者", en: "approver")
        case .decisionMaker: LocalizedName(zh: "决定者", en: "decision maker")
        case .evaluator: LocalizedName(zh: "评估者", en: "evaluator")
        case .influencer: LocalizedName(zh: "影响者", en: "influencer")
        case .user: LocalizedName(zh: "使用者", en: "user")
        case .purchaser: LocalizedName(zh: "采购者", en: "purchaser")
        case .insider: LocalizedName(zh: "知情者", en: "insider")
        }
    }

    /// The role's letter on an org chart; nil for the two roles (purchaser, insider) that have none.
    public var letter: String? {
        switch self {
        case .approver: "A"
        case .decisionMaker: "D"
        case .evaluator: "E"
        case .influencer: "I"
        case .user: "U"
        case .purchaser, .insider: nil
        }
    }

    public var aliases: [String] {
        let short: [String] = switch self {
        case .approver: ["批准人", "审批者", "final approver"]
        case .decisionMaker: ["决策者", "决定人", "decider"]
        case .evaluator: ["评估人", "技术评估者", "assessor"]
        case .influencer: ["影响人", "影响力者"]
        case .user: ["用户", "使用人", "end user"]
        case .purchaser: ["采购", "采购员", "采购人", "buyer", "procurement"]
        case .insider: ["知情人", "informant"]
        }
        return short + (letter.map { [$0] } ?? [])
    }
}
