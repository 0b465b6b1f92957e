/// Running per-dimension averages over sessions: a sum and a count each, never the sessions themselves.
public struct DimensionTally: Sendable, Hashable {
    public private(set) var sums: [ScoreDimension: Int] = [:]
    public private(set) var counts: [ScoreDimension: Int] = [:]
    public private(set) var sessions = 0

    public init() {}

    /// Adds an end record's dimensions. Names this version does not know are ignored; a dimension the
    /// scenario cannot score is absent from the record and so does not drag the average to zero.
    public mutating func add(_ dimensions: [String: Int]) {
        sessions += 1
        for (name, percent) in dimensions {
            guard let dimension = ScoreDimension(rawValue: name) else { continue }
            sums[dimension, default: 0] += percent
            counts[dimension, default: 0] += 1
        }
    }

    /// 0–100, nil when no session scored the dimension.
    public func average(_ dimension: ScoreDimension) -> Double? {
        guard let count = counts[dimension], count > 0 else { return nil }
        return Double(sums[dimension] ?? 0) / Double(count)
    }

    /// The scored dimensions, in the method's order.
    public var dimensions: [ScoreDimension] {
        ScoreDimension.allCases.filter { (counts[$0] ?? 0) > 0 }
    }

    /// The dimension with the lowest average (the first in the method's order on a tie).
    public var weakest: ScoreDimension? {
        dimensions.min { (average($0) ?? 0) < (average($1) ?? 0) }
    }
}
