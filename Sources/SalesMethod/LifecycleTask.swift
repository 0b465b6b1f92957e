/// A task the seller performs in a lifecycle stage (docs/method.md).
public enum LifecycleTask: String, MethodIdentifier {
    case accountPlanning = "account_planning"
    case phoneInvitation = "phone_invitation"
    case visit
    case initialResearch = "initial_research"
    case initialProposal = "initial_proposal"
    case solutionDemo = "solution_demo"
    case technicalExchange = "technical_exchange"
    case needsAnalysis = "needs_analysis"
    case projectEvaluation = "project_evaluation"
    case negotiation
    case signing
    case followUp = "follow_up"
    case upsell
    case referral

    public var name: LocalizedName {
        switch self {
        case .accountPlanning: LocalizedName(zh: "客户规划", en: "account planning")
        case .phoneInvitation: LocalizedName(zh: "电话邀约", en: "phone invitation")
        case .visit: LocalizedName(zh: "客户拜访", en: "customer visit")
        case .initialResearch: LocalizedName(zh: "初步调研", en: "initial research")
        case .initialProposal: LocalizedName(zh: "提交初步方案", en: "initial proposal")
        case .solutionDemo: LocalizedName(zh: "方案演示", en: "solution demo")
        case .technicalExchange: LocalizedName(zh: "技术交流", en: "technical exchange")
        case .needsAnalysis: LocalizedName(zh: "需求分析与正式方案设计", en: "needs analysis and formal proposal")
        case .projectEvaluation: LocalizedName(zh: "项目评估/应标", en: "project evaluation and bidding")
        case .negotiation: LocalizedName(zh: "商务谈判", en: "negotiation")
        case .signing: LocalizedName(zh: "签约成交", en: "signing")
        case .followUp: LocalizedName(zh: "跟踪", en: "follow-up")
        case .upsell: LocalizedName(zh: "追销", en: "upsell")
        case .referral: LocalizedName(zh: "口碑传播", en: "referral")
        }
    }

    public var aliases: [String] {
        switch self {
        case .accountPlanning: ["客户计划", "account plan"]
        case .phoneInvitation: ["电话预约", "电约", "cold call", "phone call"]
        case .visit: ["拜访", "visit the customer"]
        case .initialResearch: ["调研", "research"]
        case .initialProposal: ["初步方案", "proposal"]
        case .solutionDemo: ["演示", "demo"]
        case .technicalExchange: ["技术沟通", "technical meeting"]
        case .needsAnalysis: ["需求分析", "正式方案设计", "正式方案", "needs analysis", "formal proposal"]
        case .projectEvaluation: ["项目评估", "应标", "投标", "bid", "bidding", "tender"]
        case .negotiation: ["谈判", "business negotiation"]
        case .signing: ["签约", "成交", "签单", "sign", "close"]
        case .followUp: ["跟进", "追踪", "follow up"]
        case .upsell: ["追加销售", "up-sell", "cross-sell"]
        case .referral: ["口碑", "转介绍", "word of mouth", "referrals"]
        }
    }

    public var stage: LifecycleStage {
        switch self {
        case .accountPlanning, .phoneInvitation: .stranger
        case .visit, .initialResearch, .initialProposal: .establishment
        case .solutionDemo, .technicalExchange: .investigation
        case .needsAnalysis, .projectEvaluation: .growth
        case .negotiation, .signing, .followUp, .upsell, .referral: .maturity
        }
    }

    /// Position among its stage's tasks (from 0), in the order the method does them.
    public var positionInStage: Int { stage.tasks.firstIndex(of: self)! }

    /// The fish-pond step this task is, where it is one: 成交 → 跟踪 → 追销 (close, follow up, upsell).
    public var fishPondStep: FishPondStep? {
        switch self {
        case .signing: .firstClose
        case .followUp: .followUp
        case .upsell: .upsell
        default: nil
        }
    }

    /// Whether reaching this task closes the stage's earlier ones: once the bids are open
    /// (项目评估/应标) the formal proposal is in, and going back to needs analysis is going back.
    public var closesEarlierTasks: Bool { self == .projectEvaluation }
}
