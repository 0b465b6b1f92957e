import SalesMethod

/// Finding out early what matters (seed 002): each fact a question uncovers scores.
public enum DiscoveryRule {
    public static func score(reveals: FactTable, known: FactTable, language: Language) -> [Award] {
        reveals.sorted.compactMap { fact, value in
            guard known[fact] != value, value != FactValue.unknown.rawValue else { return nil }
            return Award(.discovery, 1, rule: "discovery.fact",
                         reason: text(language, "发掘信息：\(fact.name.zh) = \(FactWording.value(value, of: fact, .zh))",
                                      "uncovered \(fact.name.en): \(FactWording.value(value, of: fact, .en))"))
        }
    }
}

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
