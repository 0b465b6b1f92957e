import Foundation
import SalesMethod

/// What the trainer controls in a class while it runs.
public struct ClassSettings: Sendable, Hashable, Codable {
    /// No new seats; trainees who hold a seat still come back.
    public var locked = false
    /// Nobody's answers are taken until the trainer resumes.
    public var paused = false
    public var pacing: Pacing = .selfPaced
    /// Paced by stage: the furthest lifecycle stage trainees may enter (nil: only the first one).
    public var releasedStage: LifecycleStage?
    /// Self-paced with a deadline: no answers are taken after it.
    public var deadline: Date?
    /// Ended by the trainer: no joins, no answers.
    public var closed = false

    public init() {}

    enum CodingKeys: String, CodingKey {
        case locked, paused, pacing, releasedStage = "released_stage", deadline, closed
    }
}

/// How trainees move through a class.
public enum Pacing: String, Sendable, Hashable, Codable, CaseIterable {
    /// Each trainee at their own pace.
    case selfPaced = "self"
    /// A trainee who reaches a lifecycle stage not yet released waits until the trainer releases it.
    case byStage = "stage"
}
