import SparClassroom
import SparKit

/// A class as the trainer's list shows it.
public struct ClassSummary: Sendable, Hashable, Codable {
    public var code: String
    public var name: String?
    public var scenario: String
    /// The SHA-256 of the scenario's source: the exact version the class plays.
    public var sha256: String
    public var title: String
    public var mode: SessionMode
    public var settings: ClassSettings
    public var seats: Int
}
