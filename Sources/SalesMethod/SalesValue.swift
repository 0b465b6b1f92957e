/// The value the seller builds along the synchronized process (docs/method.md):
/// assume it, propose it, prove it, deliver it.
public enum SalesValue: String, MethodIdentifier {
    case assumption, proposition, proof, delivery

    public var name: LocalizedName {
        switch self {
        case .assumption: LocalizedName(zh: "价值假设", en: "value assumption")
        case .proposition: LocalizedName(zh: "价值主张", en: "value proposition")
        case .proof: LocalizedName(zh: "价值证明", en: "value proof")
        case .delivery: LocalizedName(zh: "价值实现", en: "value delivery")
        }
    }

    public var aliases: [String] {
        switch self {
        case .assumption: ["value hypothesis"]
        case .proposition: ["价值主张书", "value prop"]
        case .proof: ["价值论证"]
        case .delivery: ["价值交付", "value realisation", "value realization"]
        }
    }
}
