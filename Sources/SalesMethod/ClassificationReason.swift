/// A reason a trainee gives for a class: forward ("why is he an A?") or reverse
/// ("why is he not an A?"). Each reason states one account fact, positively or negatively.
public enum ClassificationReason: String, MethodIdentifier {
    case kpFirst = "kp_first"
    case notKPFirst = "not_kp_first"
    case kpSecond = "kp_second"
    case kpThird = "kp_third"
    case need
    case noNeed = "no_need"
    case canPay = "can_pay"
    case cannotPay = "cannot_pay"
    case seesValue = "sees_value"
    case noValue = "no_value"

    public var name: LocalizedName {
        switch self {
        case .kpFirst: LocalizedName(zh: "第一KP", en: "first KP")
        case .notKPFirst: LocalizedName(zh: "不是第一KP", en: "not the first KP")
        case .kpSecond: LocalizedName(zh: "第二KP", en: "second KP")
        case .kpThird: LocalizedName(zh: "第三KP", en: "third KP")
        case .need: LocalizedName(zh: "有需求", en: "has a need")
        case .noNeed: LocalizedName(zh: "没有需求", en: "no need")
        case .canPay: LocalizedName(zh: "有购买能力", en: "can pay")
        case .cannotPay: LocalizedName(zh: "没有购买能力", en: "cannot pay")
        case .seesValue: LocalizedName(zh: "认可产品价值", en: "sees value")
        case .noValue: LocalizedName(zh: "不认可产品价值", en: "no value")
        }
    }

    public var aliases: [String] {
        switch self {
        case .kpFirst: ["是第一KP", "第一关键人", "最终决策人", "is the first KP", "the first KP", "final authority"]
        case .notKPFirst: ["非第一KP", "不是第一关键人", "不是最终决策人", "not first KP", "is not the first KP"]
        case .kpSecond: ["是第二KP", "第二关键人", "is the second KP", "the second KP"]
        case .kpThird: ["是第三KP", "第三关键人", "is the third KP", "the third KP"]
        case .need: ["需要", "有需要", "有需求的", "needs it", "has need"]
        case .noNeed: ["没需求", "无需求", "不需要", "没有需要", "has no need", "does not need it", "doesn't need it"]
        case .canPay: ["有预算", "付得起", "买得起", "有钱", "有支付能力", "can afford", "has budget", "has the budget", "able to pay"]
        case .cannotPay: ["没钱", "没预算", "没有预算", "付不起", "买不起", "无购买能力", "cannot afford", "can't pay", "can't afford", "no budget", "unable to pay"]
        case .seesValue: ["认可价值", "认可产品", "认同价值", "认同产品价值", "sees the value", "values it", "sees the product's value"]
        case .noValue: ["不认可价值", "不认可", "不认同价值", "看不到价值", "sees no value", "does not see value", "doesn't see the value", "does not see the value"]
        }
    }

    /// The account fact this reason speaks about.
    public var fact: AccountFact {
        switch self {
        case .kpFirst, .notKPFirst, .kpSecond, .kpThird: .kp
        case .need, .noNeed: .need
        case .canPay, .cannotPay: .canPay
        case .seesValue, .noValue: .seesValue
        }
    }

    /// Whether this reason is true of the facts: .yes, .no, or .unknown when the fact is not known.
    public func truth(in facts: AccountFacts) -> FactValue {
        switch self {
        case .kpFirst: Self.rank(facts.kp, is: .first)
        case .notKPFirst: Self.rank(facts.kp, is: .first).negated
        case .kpSecond: Self.rank(facts.kp, is: .second)
        case .kpThird: Self.rank(facts.kp, is: .third)
        case .need: facts.need
        case .noNeed: facts.need.negated
        case .canPay: facts.canPay
        case .cannotPay: facts.canPay.negated
        case .seesValue: facts.seesValue
        case .noValue: facts.seesValue.negated
        }
    }

    private static func rank(_ known: KPRank?, is rank: KPRank) -> FactValue {
        guard let known else { return .unknown }
        return FactValue(known == rank)
    }
}
