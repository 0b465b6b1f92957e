/// A person's attitude to the seller (docs/method.md). No sponsor, no sale.
public enum Attitude: String, MethodIdentifier {
    case powerSponsor = "power_sponsor"
    case sponsor, supporter, neutral
    case nonSupporter = "non_supporter"
    case hostile

    public var name: LocalizedName {
        switch self {
        case .powerSponsor: LocalizedName(zh: "坚定赞助者", en: "power sponsor")
        case .sponsor: LocalizedName(zh: "赞助者", en: "sponsor")
        case .supporter: LocalizedName(zh: "支持者", en: "supporter")
        case .neutral: LocalizedName(zh: "中立者", en: "neutral")
        case .nonSupporter: LocalizedName(zh: "不支持者", en: "non-supporter")
        case .hostile: LocalizedName(zh: "反对者", en: "hostile")
        }
    }

    /// The seed's abbreviation (PS, SN, SP, N, H); the non-supporter has none.
    public var abbreviation: String? {
        switch self {
        case .powerSponsor: "PS"
        case .sponsor: "SN"
        case .supporter: "SP"
        case .neutral: "N"
        case .nonSupporter: nil
        case .hostile: "H"
        }
    }

    public var aliases: [String] {
        let short: [String] = switch self {
        case .powerSponsor: ["坚定支持者", "强力赞助者", "champion"]
        case .sponsor: ["赞助人", "coach"]
        case .supporter: ["内线", "支持", "ally"]
        case .neutral: ["中立", "中立的"]
        case .nonSupporter: ["不支持", "非支持者", "unsupportive"]
        case .hostile: ["反对", "反对派", "opponent", "enemy"]
        }
        return short + (abbreviation.map { [$0] } ?? [])
    }

    /// Whether this person actively pushes the deal for the seller.
    public var isSponsor: Bool { self == .powerSponsor || self == .sponsor }

    /// Whether this person works against the seller and needs handling.
    public var isAgainst: Bool { self == .nonSupporter || self == .hostile }
}
