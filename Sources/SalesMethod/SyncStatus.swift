/// Whether the seller's step keeps pace with the customer's buying phase (docs/method.md).
public enum SyncStatus: String, MethodIdentifier {
    /// The step matches the phase.
    case inSync = "in_sync"
    /// The step is ahead of the phase: the seller is pushing.
    case pushing
    /// The step is behind the phase: the seller is lagging.
    case lagging

    public var name: LocalizedName {
        switch self {
        case .inSync: LocalizedName(zh: "同步", en: "in sync")
        case .pushing: LocalizedName(zh: "不同步：超前推进", en: "out of sync: pushing")
        case .lagging: LocalizedName(zh: "不同步：落后", en: "out of sync: lagging")
        }
    }

    public var aliases: [String] {
        switch self {
        case .inSync: ["synchronized", "同步销售"]
        case .pushing: ["超前", "推进过快", "ahead"]
        case .lagging: ["落后", "滞后", "behind"]
        }
    }
}
