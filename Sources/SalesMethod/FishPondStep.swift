/// A step of the fish-pond sales flow (docs/method.md), in order.
public enum FishPondStep: String, MethodIdentifier, Comparable {
    case choosePond = "choose_pond"
    case capture
    case firstClose = "first_close"
    case followUp = "follow_up"
    case upsell
    case managePond = "manage_pond"

    public var name: LocalizedName {
        switch self {
        case .choosePond: LocalizedName(zh: "选择鱼塘", en: "choose the pond")
        case .capture: LocalizedName(zh: "抓潜", en: "capture prospects")
        case .firstClose: LocalizedName(zh: "成交", en: "first sale")
        case .followUp: LocalizedName(zh: "跟踪", en: "follow-up")
        case .upsell: LocalizedName(zh: "追销", en: "upsell")
        case .managePond: LocalizedName(zh: "管理鱼塘", en: "manage the pond")
        }
    }

    public var aliases: [String] {
        switch self {
        case .choosePond: ["选鱼塘", "choose pond"]
        case .capture: ["抓潜在客户", "capture"]
        case .firstClose: ["首次成交", "first close"]
        case .followUp: ["追踪", "跟进", "follow up"]
        case .upsell: ["追加销售", "up-sell"]
        case .managePond: ["鱼塘管理", "manage pond"]
        }
    }

    /// 0...5.
    public var order: Int { Self.allCases.firstIndex(of: self)! }

    public static func < (lhs: FishPondStep, rhs: FishPondStep) -> Bool { lhs.order < rhs.order }
}
