import SalesMethod
import SparKit

/// One trainee as the trainer's roster shows them.
public struct RosterEntry: Sendable, Hashable, Codable {
    public enum Status: String, Sendable, Hashable, Codable {
        case connected, disconnected, finished, kicked
    }

    public var seat: Int64
    public var trainee: String
    public var status: Status
    /// Waiting for the trainer to release the stage they reached (paced by stage).
    public var waiting: Bool
    /// How many of the trainee's lines the server has taken (stored).
    public var answered: Int
    public var node: String?
    public var stage: LifecycleStage?
    public var elapsed: Int?
    public var minutes: Int?
    public var turns: Int?
    public var points: Int?
    public var outcome: Outcome?
    public var overall: Int?
}
