/// A phase of the customer's buying process (docs/method.md), in the order the customer goes through them.
public enum BuyingPhase: String, MethodIdentifier, Comparable {
    case need, feasibility
    case projectStart = "project_start"
    case evaluation, decision, approval, implementation

    public var name: LocalizedName {
        switch self {
        case .need: LocalizedName(zh: "需求", en: "need")
        case .feasibility: LocalizedName(zh: "可行性分析", en: "feasibility analysis")
        case .projectStart: LocalizedName(zh: "项目立项", en: "project start")
        case .evaluation: LocalizedName(zh: "项目评估", en: "project evaluation")
        case .decision: LocalizedName(zh: "项目决策", en: "project decision")
        case .approval: LocalizedName(zh: "项目批准", en: "project approval")
        case .implementation: LocalizedName(zh: "项目实施", en: "implementation")
        }
    }

    public var aliases: [String] {
        switch self {
        case .need: ["需求阶段", "need phase"]
        case .feasibility: ["可行性", "feasibility study"]
        case .projectStart: ["立项", "project initiation", "kickoff"]
        case .evaluation: ["项目评价", "evaluation phase"]
        case .decision: ["决策", "decision phase"]
        case .approval: ["批准", "审批", "approval phase"]
        case .implementation: ["实施", "project implementation"]
        }
    }

    /// 0...6.
    public var order: Int { Self.allCases.firstIndex(of: self)! }

    /// The sales step that must accompany this phase.
    public var step: SalesStep { SalesStep.allCases[order] }

    /// The sync point pairing this phase with its step; implementation has none.
    public var syncPoint: SyncPoint? { SyncPoint.allCases.first { $0.phase == self } }

    /// The value the seller works on in this phase; nil where the table gives none (decision, approval).
    public var value: SalesValue? {
        self == .implementation ? .delivery : syncPoint?.value
    }

    public static func < (lhs: BuyingPhase, rhs: BuyingPhase) -> Bool { lhs.order < rhs.order }
}
