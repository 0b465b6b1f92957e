/// What a typed answer matched: take a choice, ask which was meant, or nothing.
public struct MatchResult: Sendable, Hashable {
    public enum Outcome: String, Sendable, Hashable, Codable {
        /// One choice clearly: take it.
        case confident
        /// Two close candidates, or a weak best: ask "您是指 1) … 还是 2) …？".
        case uncertain
        /// Nothing matched: the customer looks puzzled and the trainee rephrases.
        case none
    }

    /// Why an answer was not taken, when the matcher can tell: what kind of answer is missing.
    public enum Shortfall: String, Sendable, Hashable, Codable {
        /// Only names, greetings, acknowledgements or fillers.
        case pleasantriesOnly
        /// Some substance, too little to tell the choices apart (one lone keyword).
        case tooLittle
        /// The words of several choices at once.
        case severalAnswers
        /// Words no choice of the moment is about.
        case offTopic
    }

    public var outcome: Outcome
    public var shortfall: Shortfall?
    /// Every available choice, best first.
    public var candidates: [MatchCandidate]
    /// The numbers to offer when uncertain, best first.
    public var asked: [Int]
    /// The answer as the matcher read it.
    public var normalisedInput: String

    public init(outcome: Outcome, candidates: [MatchCandidate], asked: [Int] = [], normalisedInput: String = "",
                shortfall: Shortfall? = nil) {
        self.outcome = outcome
        self.shortfall = shortfall
        self.candidates = candidates
        self.asked = asked
        self.normalisedInput = normalisedInput
    }

    /// The choice number to take, when confident.
    public var chosen: Int? { outcome == .confident ? candidates.first?.number : nil }
}
