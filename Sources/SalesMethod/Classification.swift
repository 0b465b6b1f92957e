/// The class an account's facts support, with the reasons a full answer names.
public struct Classification: Sendable, Hashable, Codable {
    public let customerClass: CustomerClass
    /// Forward reasons that make it this class ("why is he a B?").
    public let holds: [ClassificationReason]
    /// Reverse reasons: why it is not an A (empty for A and for unknown).
    public let fails: [ClassificationReason]
    /// Deciding facts still unknown (non-empty only for `.unknown`).
    public let pending: [AccountFact]

    public init(
        customerClass: CustomerClass,
        holds: [ClassificationReason] = [],
        fails: [ClassificationReason] = [],
        pending: [AccountFact] = []
    ) {
        self.customerClass = customerClass
        self.holds = holds
        self.fails = fails
        self.pending = pending
    }

    public var cycleDays: ClosedRange<Int>? { customerClass.cycleDays }

    /// The reasons a full answer names: holds then fails, without duplicates, where
    /// `notKPFirst` is not repeated when `kpSecond`/`kpThird` already says it.
    public var expectedReasons: [ClassificationReason] {
        var result: [ClassificationReason] = []
        for reason in holds + fails where !result.contains(reason) {
            if reason == .notKPFirst, result.contains(where: { Self.reason($0, covers: .notKPFirst) }) {
                continue
            }
            result.append(reason)
        }
        return result
    }

    /// Whether `given` counts as naming `expected` (notKPFirst counts for kpSecond/kpThird and vice versa).
    public static func reason(_ given: ClassificationReason, covers expected: ClassificationReason) -> Bool {
        if given == expected { return true }
        let lowerRanks: Set<ClassificationReason> = [.kpSecond, .kpThird]
        return (given == .notKPFirst && lowerRanks.contains(expected))
            || (expected == .notKPFirst && lowerRanks.contains(given))
    }

    /// The expected reasons that `given` does not cover; empty means the reasons are complete.
    public func missingReasons(from given: [ClassificationReason]) -> [ClassificationReason] {
        expectedReasons.filter { expected in !given.contains { Self.reason($0, covers: expected) } }
    }

    /// Given reasons that the facts do not support (false or not yet known).
    public static func unsupportedReasons(_ given: [ClassificationReason], in facts: AccountFacts) -> [ClassificationReason] {
        given.filter { $0.truth(in: facts) != .yes }
    }
}
