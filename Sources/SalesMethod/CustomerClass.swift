/// The A/B/C/D class of a customer (docs/method.md), or `unknown` while a deciding fact is missing.
public enum CustomerClass: String, MethodIdentifier {
    case a = "A", b = "B", c = "C", d = "D", unknown

    public var name: LocalizedName {
        switch self {
        case .unknown: LocalizedName(zh: "尚不能判断", en: "not yet known")
        default: LocalizedName(zh: "\(rawValue)类客户", en: "class \(rawValue)")
        }
    }

    public var aliases: [String] {
        switch self {
        case .unknown: ["未知", "不确定", "不知道", "无法判断", "不能判断", "?", "unknown", "undecided", "not known"]
        default: [rawValue.lowercased(), "\(rawValue)类", "\(rawValue)客户", "\(rawValue)级", "\(rawValue)级客户", "\(rawValue) class", "type \(rawValue)"]
        }
    }

    /// The expected signing cycle in days; nil where there is none (D never signs).
    public var cycleDays: ClosedRange<Int>? {
        switch self {
        case .a: 7...10
        case .b: 20...20
        case .c: 30...30
        case .d, .unknown: nil
        }
    }

    /// Relative effort to close: A 1.0, B 2.0 (project choices), C 3.0 (seed); nil for D and unknown.
    public var difficulty: Double? {
        switch self {
        case .a: 1.0
        case .b: 2.0
        case .c: 3.0
        case .d, .unknown: nil
        }
    }
}
