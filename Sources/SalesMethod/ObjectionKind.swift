/// What a customer's objection is about (project choice; the seeds only name the topic).
public enum ObjectionKind: String, MethodIdentifier {
    case price, need, timing, authority, trust, competitor

    public var name: LocalizedName {
        switch self {
        case .price: LocalizedName(zh: "价格异议", en: "price objection")
        case .need: LocalizedName(zh: "需求异议", en: "need objection")
        case .timing: LocalizedName(zh: "时机异议", en: "timing objection")
        case .authority: LocalizedName(zh: "权限异议", en: "authority objection")
        case .trust: LocalizedName(zh: "信任异议", en: "trust objection")
        case .competitor: LocalizedName(zh: "竞争对手异议", en: "competitor objection")
        }
    }

    public var aliases: [String] {
        switch self {
        case .price: ["价格", "太贵", "too expensive"]
        case .need: ["需求", "不需要", "no need"]
        case .timing: ["时机", "时间", "不急", "not now"]
        case .authority: ["权限", "做不了主", "no authority"]
        case .trust: ["信任", "不信任", "no trust"]
        case .competitor: ["竞争对手", "竞品", "competition"]
        }
    }
}
