/// What the seller knows about one fact of the account.
public enum FactValue: String, MethodIdentifier {
    case yes, no, unknown

    public var name: LocalizedName {
        switch self {
        case .yes: LocalizedName(zh: "是", en: "yes")
        case .no: LocalizedName(zh: "否", en: "no")
        case .unknown: LocalizedName(zh: "未知", en: "unknown")
        }
    }

    public var aliases: [String] {
        switch self {
        case .yes: ["有", "对", "true", "y"]
        case .no: ["没有", "不", "无", "false", "n"]
        case .unknown: ["不知道", "不确定", "?", "not known"]
        }
    }

    /// The opposite answer; unknown stays unknown.
    public var negated: FactValue {
        switch self {
        case .yes: .no
        case .no: .yes
        case .unknown: .unknown
        }
    }

    public init(_ value: Bool) { self = value ? .yes : .no }
}
