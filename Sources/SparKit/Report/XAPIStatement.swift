/// An xAPI 1.0.3 statement, with just the properties spar fills in. Encoded with the spec's key names.
public struct XAPIStatement: Sendable, Hashable, Codable {
    public struct Account: Sendable, Hashable, Codable {
        public var homePage: String
        public var name: String
    }

    public struct Agent: Sendable, Hashable, Codable {
        public var objectType = "Agent"
        public var name: String
        public var account: Account
    }

    public struct Verb: Sendable, Hashable, Codable {
        public var id: String
        public var display: [String: String]
    }

    public struct ActivityDefinition: Sendable, Hashable, Codable {
        public var name: [String: String]
        public var type: String
    }

    public struct Activity: Sendable, Hashable, Codable {
        public var objectType = "Activity"
        public var id: String
        public var definition: ActivityDefinition?
    }

    public struct Score: Sendable, Hashable, Codable {
        /// −1…1; spar's overall score divided by 100.
        public var scaled: Double?
        public var raw: Double?
        public var min: Double?
        public var max: Double?
    }

    public struct Result: Sendable, Hashable, Codable {
        public var score: Score?
        public var success: Bool?
        public var completion: Bool?
        public var response: String?
        public var extensions: [String: XAPIValue]?
    }

    public struct ContextActivities: Sendable, Hashable, Codable {
        public var parent: [Activity]?
    }

    public struct Context: Sendable, Hashable, Codable {
        /// One id per session, shared by all its statements.
        public var registration: String
        public var platform: String
        public var language: String
        public var contextActivities: ContextActivities?
        public var extensions: [String: XAPIValue]?
    }

    public var id: String
    public var actor: Agent
    public var verb: Verb
    public var object: Activity
    public var result: Result?
    public var context: Context?
    public var timestamp: String
}
