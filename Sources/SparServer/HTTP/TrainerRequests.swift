import Foundation
import SalesMethod
import SparKit

/// `POST /api/classes`: a scenario's YAML source, the mode and a class name.
public struct OpenClassRequest: Sendable, Codable {
    public var scenarioSource: String
    public var scenarioFile: String?
    public var mode: SessionMode?
    public var name: String?

    public init(scenarioSource: String, scenarioFile: String?, mode: SessionMode?, name: String?) {
        self.scenarioSource = scenarioSource
        self.scenarioFile = scenarioFile
        self.mode = mode
        self.name = name
    }

    enum CodingKeys: String, CodingKey {
        case scenarioSource = "scenario_source", scenarioFile = "scenario_file", mode, name
    }
}

/// `POST /api/classes/CODE/pace`.
public struct PaceRequest: Sendable, Codable {
    public var pacing: String
    public init(pacing: String) { self.pacing = pacing }
}

/// `POST /api/classes/CODE/release`: the stage to release (default: the next one).
public struct ReleaseRequest: Sendable, Codable {
    public var stage: String?
    public init(stage: String?) { self.stage = stage }
}

/// `POST /api/classes/CODE/deadline`: an ISO 8601 time, or minutes from now; neither clears it.
public struct DeadlineRequest: Sendable, Codable {
    public var deadline: Date?
    public var minutes: Int?
    public init(deadline: Date?, minutes: Int?) {
        self.deadline = deadline
        self.minutes = minutes
    }
}
