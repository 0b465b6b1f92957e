import SalesMethod

/// The customer company and the facts the trainee must uncover.
public struct Account: Sendable, Hashable {
    public var company: String
    public var industry: String?
    public var demandLevel: DemandLevel?
    /// The hidden truth, revealed by nodes and choices in play.
    public var truth: FactTable
    /// What the seller already knows when the meeting starts.
    public var known: FactTable

    public init(company: String, industry: String? = nil, demandLevel: DemandLevel? = nil,
                truth: FactTable = FactTable(), known: FactTable = FactTable()) {
        self.company = company
        self.industry = industry
        self.demandLevel = demandLevel
        self.truth = truth
        self.known = known
    }
}
