/// A person's communication style (docs/method.md), which decides how to talk to them.
public enum CommunicationStyle: String, MethodIdentifier {
    case expressive, driver, amiable, analytical

    public var name: LocalizedName {
        switch self {
        case .expressive: LocalizedName(zh: "表达型", en: "expressive")
        case .driver: LocalizedName(zh: "控制型", en: "driver")
        case .amiable: LocalizedName(zh: "友善型", en: "amiable")
        case .analytical: LocalizedName(zh: "分析型", en: "analytical")
        }
    }

    public var aliases: [String] {
        switch self {
        case .expressive: ["表达", "表现型"]
        case .driver: ["控制", "支配型", "controlling", "dominant"]
        case .amiable: ["友善", "友好型", "friendly"]
        case .analytical: ["分析", "analytic"]
        }
    }
}
