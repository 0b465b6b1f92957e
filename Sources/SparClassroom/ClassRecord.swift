import Foundation
import SparKit

/// One class as the store keeps it: its join code, the scenario it plays (the YAML source itself,
/// so a restarted server needs no file), and the trainer's settings.
public struct ClassRecord: Sendable, Hashable {
    public var code: String
    public var name: String?
    public var scenarioID: String
    /// Where the scenario was loaded from when the class was opened (written into transcript headers).
    public var scenarioFile: String
    public var scenarioSource: Data
    public var scenarioSHA256: String
    public var mode: SessionMode
    public var created: Date
    public var settings: ClassSettings

    public init(code: String, name: String?, scenarioID: String, scenarioFile: String, scenarioSource: Data,
                scenarioSHA256: String, mode: SessionMode, created: Date = Date(), settings: ClassSettings = ClassSettings()) {
        self.code = code
        self.name = name
        self.scenarioID = scenarioID
        self.scenarioFile = scenarioFile
        self.scenarioSource = scenarioSource
        self.scenarioSHA256 = scenarioSHA256
        self.mode = mode
        self.created = created
        self.settings = settings
    }
}
