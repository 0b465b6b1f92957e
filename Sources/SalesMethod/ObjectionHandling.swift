/// LAER steps for handling an objection (listen, acknowledge, explore, respond), plus the
/// two classic errors, so a trainee's move can be named either way.
public enum ObjectionHandling: String, MethodIdentifier {
    case listen, acknowledge, explore, respond
    /// Error: arguing with the customer.
    case argue
    /// Error: conceding (usually price) at once.
    case concede

    public var name: LocalizedName {
        switch self {
        case .listen: LocalizedName(zh: "倾听", en: "listen")
        case .acknowledge: LocalizedName(zh: "认同", en: "acknowledge")
        case .explore: LocalizedName(zh: "探询", en: "explore")
        case .respond: LocalizedName(zh: "回应", en: "respond")
        case .argue: LocalizedName(zh: "争辩", en: "argue")
        case .concede: LocalizedName(zh: "立即让步", en: "concede at once")
        }
    }

    public var aliases: [String] {
        switch self {
        case .listen: ["聆听", "听"]
        case .acknowledge: ["确认", "理解", "承认"]
        case .explore: ["探究", "询问", "提问", "ask"]
        case .respond: ["答复", "回答", "answer"]
        case .argue: ["争论", "反驳"]
        case .concede: ["让步", "降价", "concede"]
        }
    }

    public var isLAERStep: Bool { laerOrder != nil }

    /// 0...3 for listen, acknowledge, explore, respond; nil for the errors.
    public var laerOrder: Int? {
        switch self {
        case .listen: 0
        case .acknowledge: 1
        case .explore: 2
        case .respond: 3
        case .argue, .concede: nil
        }
    }
}
