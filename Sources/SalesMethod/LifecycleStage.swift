/// A stage of the customer relationship (docs/method.md). Stages advance one at a time and
/// cannot be skipped; a relationship can end at any stage.
public enum LifecycleStage: String, MethodIdentifier, Comparable {
    case stranger, establishment, investigation, growth, maturity

    public var name: LocalizedName {
        switch self {
        case .stranger: LocalizedName(zh: "陌生期", en: "stranger")
        case .establishment: LocalizedName(zh: "建立期", en: "establishment")
        case .investigation: LocalizedName(zh: "考察期", en: "investigation")
        case .growth: LocalizedName(zh: "成长期", en: "growth")
        case .maturity: LocalizedName(zh: "成熟期", en: "maturity")
        }
    }

    public var aliases: [String] {
        switch self {
        case .stranger: ["陌生", "stranger stage"]
        case .establishment: ["建立", "establishment stage"]
        case .investigation: ["考察", "investigation stage", "vetting"]
        case .growth: ["成长", "growth stage"]
        case .maturity: ["成熟", "maturity stage", "mature"]
        }
    }

    /// 0...4, in the order the relationship passes through the stages.
    public var order: Int { Self.allCases.firstIndex(of: self)! }

    /// The seller's tasks in this stage, in the order they are usually done.
    public var tasks: [LifecycleTask] { LifecycleTask.allCases.filter { $0.stage == self } }

    /// The stage after this one, or nil at maturity.
    public var next: LifecycleStage? { order + 1 < Self.allCases.count ? Self.allCases[order + 1] : nil }

    /// Whether moving from this stage to `target` respects "no skipping": stay, or one step forward.
    /// Ending the relationship is not a move between stages and is always allowed.
    public func canAdvance(to target: LifecycleStage) -> Bool {
        target.order == order || target.order == order + 1
    }

    public static func < (lhs: LifecycleStage, rhs: LifecycleStage) -> Bool { lhs.order < rhs.order }
}
