/// A point where a buying phase and its sales step meet (docs/method.md), lettered F down to A
/// as the deal nears approval.
public enum SyncPoint: String, MethodIdentifier {
    case f = "F", e = "E", d = "D", c = "C", b = "B", a = "A"

    public var name: LocalizedName {
        LocalizedName(zh: "同步点\(rawValue)", en: "sync point \(rawValue)")
    }

    public var phase: BuyingPhase {
        switch self {
        case .f: .need
        case .e: .feasibility
        case .d: .projectStart
        case .c: .evaluation
        case .b: .decision
        case .a: .approval
        }
    }

    public var step: SalesStep { phase.step }

    /// The value at stake at this point; the table gives none for B and A.
    public var value: SalesValue? {
        switch self {
        case .f, .e: .assumption
        case .d: .proposition
        case .c: .proof
        case .b, .a: nil
        }
    }
}
