/// A way to ask for the order (docs/method.md).
public enum ClosingTechnique: String, MethodIdentifier {
    case directRequest = "direct_request"
    case assumptive
    case benefitSummary = "benefit_summary"
    case goWithFlow = "go_with_flow"
    case concession

    public var name: LocalizedName {
        switch self {
        case .directRequest: LocalizedName(zh: "直接请求法", en: "direct request")
        case .assumptive: LocalizedName(zh: "推定承诺法", en: "assumptive close")
        case .benefitSummary: LocalizedName(zh: "利益罗列法", en: "benefit summary")
        case .goWithFlow: LocalizedName(zh: "顺水推舟法", en: "go with the flow")
        case .concession: LocalizedName(zh: "优惠成交法", en: "concession close")
        }
    }

    public var aliases: [String] {
        switch self {
        case .directRequest: ["直接请求", "直接要求", "ask for the order", "direct close"]
        case .assumptive: ["推定承诺", "假定成交法", "假定成交", "assume the sale"]
        case .benefitSummary: ["利益罗列", "利益汇总", "summary close"]
        case .goWithFlow: ["顺水推舟", "go with flow"]
        case .concession: ["优惠成交", "优惠", "让步成交", "special offer", "discount close"]
        }
    }
}
