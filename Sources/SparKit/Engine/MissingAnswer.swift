import SalesMethod

/// What an answer that was not understood lacked, as the customer's puzzlement shows it: the
/// kind of answer wanted, never which one.
public enum MissingAnswer: String, Sendable, Hashable, Codable {
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

    public func text(_ language: Language) -> String {
        switch self {
        case .getToThePoint:
            return SparKit.text(language, "（客户点点头，等你说正事：你想问什么，或想做什么？）",
                                "(They nod and wait for you to get to the point: what do you want to ask or do?)")
        case .sayMore:
            return SparKit.text(language, "（只有一个词，客户不知道你具体指什么：请把话说完整。）",
                                "(One word is not enough for them to know what you mean: say it as a full sentence.)")
        case .oneThingAtATime:
            return SparKit.text(language, "（你一下说了好几件事，客户不知道你到底要哪个：一次说一件。）",
                                "(You said several things at once; they cannot tell which you mean: one thing at a time.)")
        case .answerTheQuestion:
            return SparKit.text(language, "（客户刚问了你一个问题，还在等你正面回答。）",
                                "(They asked you a question and are still waiting for a direct answer.)")
        case .respondToWhatWasSaid:
            return SparKit.text(language, "（客户没听出这和他刚才说的有什么关系：先回应他的话。）",
                                "(They do not see how that takes up what they just said: respond to it first.)")
        }
    }
}
