/// What an answer that was not understood lacked, as the customer's puzzlement shows it: the
/// kind of answer wanted, never which one. Worded by `Wording.missingAnswer`.
public enum MissingAnswer: String, Sendable, Hashable, Codable, CaseIterable {
    /// Only a name, a greeting or an acknowledgement.
    case getToThePoint
    /// One word: too little to tell what is meant.
    case sayMore
    /// Several answers at once.
    case oneThingAtATime
    /// The customer asked something and is still waiting for the answer.
    case answerTheQuestion
    /// Nothing in it takes up what the customer just said.
    case respondToWhatWasSaid
}
