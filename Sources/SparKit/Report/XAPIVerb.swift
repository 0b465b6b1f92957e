/// The ADL verbs spar's statements use (http://adlnet.gov/expapi/verbs/…).
public enum XAPIVerb: String, Sendable, CaseIterable {
    case attempted, answered, completed, passed, failed

    public var id: String { "http://adlnet.gov/expapi/verbs/\(rawValue)" }

    public var statementVerb: XAPIStatement.Verb {
        XAPIStatement.Verb(id: id, display: ["en-US": rawValue])
    }
}
