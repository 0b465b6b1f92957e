import SalesMethod

/// Values of account facts. Classification facts hold `yes`/`no` (or a KP rank for `kp`);
/// discovery facts (budget, timeline, …) hold the author's short description.
public struct FactTable: Sendable, Hashable, Codable {
    public var values: [AccountFact: String]

    public init(_ values: [AccountFact: String] = [:]) { self.values = values }

    public subscript(fact: AccountFact) -> String? {
        get { values[fact] }
        set { values[fact] = newValue }
    }

    public func isKnown(_ fact: AccountFact) -> Bool {
        guard let value = values[fact] else { return false }
        return value != FactValue.unknown.rawValue
    }

    /// The four facts that decide A/B/C/D, as the classifier reads them.
    public var accountFacts: AccountFacts {
        func yesNo(_ fact: AccountFact) -> FactValue {
            values[fact].flatMap { FactValue(rawValue: $0) } ?? .unknown
        }
        return AccountFacts(
            kp: values[.kp].flatMap { KPRank(rawValue: $0) },
            need: yesNo(.need), canPay: yesNo(.canPay), seesValue: yesNo(.seesValue))
    }

    /// Facts in method order, for stable output.
    public var sorted: [(fact: AccountFact, value: String)] {
        AccountFact.allCases.compactMap { fact in values[fact].map { (fact, $0) } }
    }

    // MARK: - Codable (as a plain {"need":"yes"} object)

    public init(from decoder: Decoder) throws {
        let raw = try [String: String](from: decoder)
        var values: [AccountFact: String] = [:]
        for (key, value) in raw { if let fact = AccountFact(rawValue: key) { values[fact] = value } }
        self.values = values
    }

    public func encode(to encoder: Encoder) throws {
        var raw: [String: String] = [:]
        for (fact, value) in values { raw[fact.rawValue] = value }
        try raw.encode(to: encoder)
    }
}
