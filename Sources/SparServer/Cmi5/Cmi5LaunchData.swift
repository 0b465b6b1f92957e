import Foundation
import SparLRS

/// The LMS's `LMS.LaunchData` state document (cmi5 §10.2.1): the context every statement starts
/// from, the launch mode and, when the LMS sets one, the mastery score the unit is judged against.
public struct Cmi5LaunchData: Sendable, Hashable {
    public var contextTemplate: JSONValue
    public var launchMode: String
    public var masteryScore: Double?
    public var moveOn: String?
    public var returnURL: String?

    public init(json: JSONValue) {
        contextTemplate = json["contextTemplate"] ?? .object([:])
        launchMode = json["launchMode"]?.string ?? "Normal"
        masteryScore = json["masteryScore"]?.number
        moveOn = json["moveOn"]?.string
        returnURL = json["returnURL"]?.string
    }

    /// The session id the LMS gave in the context template (cmi5 requires one).
    public var sessionID: String? {
        contextTemplate["extensions"]?[Cmi5Statements.sessionIDExtension]?.string
    }
}
