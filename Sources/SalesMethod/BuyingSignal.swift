/// A sign that the customer is ready to buy (docs/method.md): the moment to ask for the order.
public enum BuyingSignal: String, MethodIdentifier {
    case asksPrice = "asks_price"
    case asksDiscount = "asks_discount"
    case asksDelivery = "asks_delivery"
    case asksPaymentTerms = "asks_payment_terms"
    case asksAfterSales = "asks_after_sales"
    case agreesBenefit = "agrees_benefit"
    case leansForward = "leans_forward"
    case nods, relaxes
    case opensHands = "opens_hands"

    public var name: LocalizedName {
        switch self {
        case .asksPrice: LocalizedName(zh: "询问价格", en: "asks the price")
        case .asksDiscount: LocalizedName(zh: "询问折扣", en: "asks for a discount")
        case .asksDelivery: LocalizedName(zh: "询问交货期", en: "asks about delivery")
        case .asksPaymentTerms: LocalizedName(zh: "询问付款方式", en: "asks about payment terms")
        case .asksAfterSales: LocalizedName(zh: "询问售后服务", en: "asks about after-sales service")
        case .agreesBenefit: LocalizedName(zh: "认可主要利益", en: "acknowledges a major benefit")
        case .leansForward: LocalizedName(zh: "身体前倾", en: "leans forward")
        case .nods: LocalizedName(zh: "点头", en: "nods")
        case .relaxes: LocalizedName(zh: "神情放松", en: "relaxes")
        case .opensHands: LocalizedName(zh: "摊开双手", en: "opens the hands")
        }
    }

    public var aliases: [String] {
        switch self {
        case .asksPrice: ["问价", "问价格", "多少钱", "asks price"]
        case .asksDiscount: ["问折扣", "有没有折扣", "要折扣", "asks discount"]
        case .asksDelivery: ["问交期", "交货期", "交期", "asks delivery"]
        case .asksPaymentTerms: ["付款方式", "问付款", "账期", "payment terms"]
        case .asksAfterSales: ["问售后", "售后", "after-sales", "after sales"]
        case .agreesBenefit: ["认可利益", "认同利益", "agrees benefit", "agrees with a benefit"]
        case .leansForward: ["前倾", "lean forward"]
        case .nods: ["点头认可", "nod", "nodding"]
        case .relaxes: ["放松", "relaxed"]
        case .opensHands: ["摊手", "双手张开", "open hands", "open palms"]
        }
    }

    /// Verbal: questions about buying and an acknowledged benefit; non-verbal: body language.
    public var kind: SignalKind {
        switch self {
        case .asksPrice, .asksDiscount, .asksDelivery, .asksPaymentTerms, .asksAfterSales, .agreesBenefit: .verbal
        case .leansForward, .nods, .relaxes, .opensHands: .nonVerbal
        }
    }
}
