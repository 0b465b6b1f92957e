/// The rank of the key person (KP) the seller has met (docs/method.md): the first KP holds
/// final buying authority; lower ranks must sell the deal upwards.
public enum KPRank: String, MethodIdentifier {
    case first, second, third

    public var name: LocalizedName {
        switch self {
        case .first: LocalizedName(zh: "第一KP", en: "first KP")
        case .second: LocalizedName(zh: "第二KP", en: "second KP")
        case .third: LocalizedName(zh: "第三KP", en: "third KP")
        }
    }

    public var aliases: [String] {
        switch self {
        case .first: ["第一", "第一关键人", "1", "kp1", "first key person"]
        case .second: ["第二", "第二关键人", "2", "kp2", "second key person"]
        case .third: ["第三", "第三关键人", "3", "kp3", "third key person"]
        }
    }
}
