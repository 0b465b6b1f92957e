/// The matcher's dials: how a score is made and where confident ends and uncertain begins.
/// Tuned on the evaluation set (`eval/matcher`); `spar _eval-matcher --tuning` tries others.
public struct MatchTuning: Sendable, Hashable {
    /// The best score must reach this to be taken without asking…
    public var confident: Double
    /// …and lead the second best by this much.
    public var margin: Double
    /// Below this nothing matched: the customer looks puzzled.
    public var none: Double
    /// Candidates this close to the best are offered when asking.
    public var band: Double
    /// Share of the score from "the choice explains the answer"; the rest is "the answer covers one of the choice's phrases".
    public var answerShare: Double
    /// Weight of answer features no choice of the node has, against one only one choice has (1).
    public var unknownWeight: Double
    /// How much an answer feature that several choices share still weighs in the answer's total
    /// (beyond the part every choice gets credit for): greetings and names alone explain nothing.
    public var sharedWeight: Double
    /// How hard a contradicted (negated) feature counts against a choice.
    public var conflictPenalty: Double
    /// Phrase coverage is raised to this power: covering half a phrase is weaker evidence than half of it.
    public var coverageExponent: Double
    /// The least substance a confident pick needs: the answer's content the best choice matched,
    /// a Chinese character counting 1, an English word or a number 2 (names, greetings and stop
    /// words count nothing). One lone keyword is not enough.
    public var minimumSubstance: Double
    /// An answer covering this much of two or more choices' phrases says several choices at once:
    /// never confident.
    public var stuffedCoverage: Double
    /// The share of the answer's content the best choice must match to be taken without asking.
    public var minimumMatchedShare: Double

    public init(confident: Double, margin: Double, none: Double, band: Double, answerShare: Double,
                unknownWeight: Double, sharedWeight: Double, conflictPenalty: Double, coverageExponent: Double,
                minimumSubstance: Double = 3, stuffedCoverage: Double = 0.5, minimumMatchedShare: Double = 0.25) {
        self.confident = confident
        self.margin = margin
        self.none = none
        self.band = band
        self.answerShare = answerShare
        self.unknownWeight = unknownWeight
        self.sharedWeight = sharedWeight
        self.conflictPenalty = conflictPenalty
        self.coverageExponent = coverageExponent
        self.minimumSubstance = minimumSubstance
        self.stuffedCoverage = stuffedCoverage
        self.minimumMatchedShare = minimumMatchedShare
    }

    public static let standard = MatchTuning(confident: 0.36, margin: 0.12, none: 0.16, band: 0.12, answerShare: 0.7,
                                             unknownWeight: 0.3, sharedWeight: 0.2, conflictPenalty: 1.5, coverageExponent: 2)

    /// "confident=0.4,margin=0.1" over these values: for trying settings against the evaluation set.
    public func with(_ settings: String) -> MatchTuning? {
        var tuning = self
        for item in settings.split(separator: ",") {
            let parts = item.split(separator: "=").map { $0.trimmingCharacters(in: .whitespaces) }
            guard parts.count == 2, let value = Double(parts[1]) else { return nil }
            switch parts[0] {
            case "confident": tuning.confident = value
            case "margin": tuning.margin = value
            case "none": tuning.none = value
            case "band": tuning.band = value
            case "answerShare": tuning.answerShare = value
            case "unknownWeight": tuning.unknownWeight = value
            case "sharedWeight": tuning.sharedWeight = value
            case "conflictPenalty": tuning.conflictPenalty = value
            case "coverageExponent": tuning.coverageExponent = value
            case "minimumSubstance": tuning.minimumSubstance = value
            case "stuffedCoverage": tuning.stuffedCoverage = value
            case "minimumMatchedShare": tuning.minimumMatchedShare = value
            default: return nil
            }
        }
        return tuning
    }
}
