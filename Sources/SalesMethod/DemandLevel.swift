/// How demanding the buying company is (docs/method.md).
public enum DemandLevel: String, MethodIdentifier {
    /// Price first, low service needs.
    case basic
    /// Quality matters, still price-sensitive, some loyalty.
    case intermediate
    /// Certifications, global sourcing, long stable supply, legal care.
    case advanced

    public var name: LocalizedName {
        switch self {
        case .basic: LocalizedName(zh: "初级", en: "basic")
        case .intermediate: LocalizedName(zh: "中级", en: "intermediate")
        case .advanced: LocalizedName(zh: "高级", en: "advanced")
        }
    }

    public var aliases: [String] {
        switch self {
        case .basic: ["初级客户", "low", "entry"]
        case .intermediate: ["中级客户", "middle", "mid"]
        case .advanced: ["高级客户", "high"]
        }
    }
}
