/// A fact a seller uncovers in discovery (docs/method.md), including the four that decide the class.
public enum AccountFact: String, MethodIdentifier {
    case need
    case canPay = "can_pay"
    case seesValue = "sees_value"
    case kp, budget, timeline
    case decisionProcess = "decision_process"
    case competitor

    public var name: LocalizedName {
        switch self {
        case .need: LocalizedName(zh: "需求", en: "need")
        case .canPay: LocalizedName(zh: "购买能力", en: "ability to pay")
        case .seesValue: LocalizedName(zh: "认可产品价值", en: "sees the value")
        case .kp: LocalizedName(zh: "关键人级别", en: "key person rank")
        case .budget: LocalizedName(zh: "预算", en: "budget")
        case .timeline: LocalizedName(zh: "项目时间表", en: "timeline")
        case .decisionProcess: LocalizedName(zh: "决策流程", en: "decision process")
        case .competitor: LocalizedName(zh: "竞争对手", en: "competitor")
        }
    }

    public var aliases: [String] {
        switch self {
        case .need: ["有无需求", "needs"]
        case .canPay: ["支付能力", "付款能力", "can pay", "ability to buy"]
        case .seesValue: ["价值认可", "认可价值", "sees value", "value"]
        case .kp: ["关键人", "KP", "key person"]
        case .budget: ["预算来源", "funding"]
        case .timeline: ["时间表", "时间", "项目时间", "schedule"]
        case .decisionProcess: ["决策结构", "决策过程", "decision structure"]
        case .competitor: ["竞争", "竞品", "竞争者", "competitors", "competition"]
        }
    }

    /// Whether this fact is one of the four that decide the customer class.
    public var decidesClass: Bool {
        switch self {
        case .need, .canPay, .seesValue, .kp: true
        case .budget, .timeline, .decisionProcess, .competitor: false
        }
    }
}
