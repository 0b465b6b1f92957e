/// A step of the seller's process (docs/method.md); each one accompanies one buying phase.
public enum SalesStep: String, MethodIdentifier, Comparable {
    case assessment, understanding, solution, proof, justification, agreement
    case customerManagement = "customer_management"

    public var name: LocalizedName {
        switch self {
        case .assessment: LocalizedName(zh: "评估", en: "assessment")
        case .understanding: LocalizedName(zh: "理解", en: "understanding")
        case .solution: LocalizedName(zh: "解决方案", en: "solution")
        case .proof: LocalizedName(zh: "论证", en: "proof")
        case .justification: LocalizedName(zh: "缘由", en: "justification")
        case .agreement: LocalizedName(zh: "协议", en: "agreement")
        case .customerManagement: LocalizedName(zh: "客户管理", en: "customer management")
        }
    }

    public var aliases: [String] {
        switch self {
        case .assessment: ["客户评估", "assess"]
        case .understanding: ["了解", "understand"]
        case .solution: ["方案", "solution design"]
        case .proof: ["证明", "demonstration"]
        case .justification: ["理由", "justify"]
        case .agreement: ["签约", "签协议", "contract"]
        case .customerManagement: ["客户维护", "account management"]
        }
    }

    /// 0...6, matching `BuyingPhase.order`.
    public var order: Int { Self.allCases.firstIndex(of: self)! }

    /// The buying phase this step accompanies.
    public var phase: BuyingPhase { BuyingPhase.allCases[order] }

    /// How this step stands against the customer's current phase.
    public func sync(with buyerPhase: BuyingPhase) -> SyncStatus {
        if order > buyerPhase.order { return .pushing }
        if order < buyerPhase.order { return .lagging }
        return .inSync
    }

    public static func < (lhs: SalesStep, rhs: SalesStep) -> Bool { lhs.order < rhs.order }
}
