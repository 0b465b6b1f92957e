/// What the seller knows about the account so far: the four facts that decide its class.
public struct AccountFacts: Sendable, Hashable, Codable {
    /// The rank of the key person met; nil while it is not known.
    public var kp: KPRank?
    public var need: FactValue
    public var canPay: FactValue
    public var seesValue: FactValue

    public init(kp: KPRank? = nil, need: FactValue = .unknown, canPay: FactValue = .unknown, seesValue: FactValue = .unknown) {
        self.kp = kp
        self.need = need
        self.canPay = canPay
        self.seesValue = seesValue
    }

    /// Whether the seller knows this fact; facts that do not decide the class are not tracked here.
    public func isKnown(_ fact: AccountFact) -> Bool {
        switch fact {
        case .need: need != .unknown
        case .canPay: canPay != .unknown
        case .seesValue: seesValue != .unknown
        case .kp: kp != nil
        case .budget, .timeline, .decisionProcess, .competitor: false
        }
    }
}
