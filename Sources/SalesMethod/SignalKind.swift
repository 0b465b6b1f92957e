/// Whether a buying signal is said or shown.
public enum SignalKind: String, MethodIdentifier {
    case verbal
    case nonVerbal = "non_verbal"

    public var name: LocalizedName {
        switch self {
        case .verbal: LocalizedName(zh: "语言信号", en: "verbal")
        case .nonVerbal: LocalizedName(zh: "非语言信号", en: "non-verbal")
        }
    }

    public var aliases: [String] {
        switch self {
        case .verbal: ["语言", "spoken"]
        case .nonVerbal: ["非语言", "肢体语言", "body language"]
        }
    }
}
