import SalesMethod

/// How a fact's value reads to a trainee.
public enum FactWording {
    public static func value(_ value: String, of fact: AccountFact, _ language: Language) -> String {
        switch fact {
        case .need, .canPay, .seesValue:
            switch value {
            case "yes": return text(language, "是", "yes")
            case "no": return text(language, "否", "no")
            default: return text(language, "未知", "unknown")
            }
        case .kp:
            return KPRank(rawValue: value)?.name.text(language) ?? text(language, "未知", "unknown")
        default:
            return value
        }
    }
}
