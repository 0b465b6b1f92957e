import Foundation
import SparKit
import SparLRS

/// The cmi5 defined statements of one launched session (cmi5 §9): initialized, completed,
/// passed or failed, terminated; each on the launch's actor, registration and activity, with the
/// LMS's context template, the cmi5 category and the session id.
public struct Cmi5Statements: Sendable {
    public static let cmi5Category = "https://w3id.org/xapi/cmi5/context/categories/cmi5"
    public static let moveOnCategory = "https://w3id.org/xapi/cmi5/context/categories/moveon"
    public static let sessionIDExtension = "https://w3id.org/xapi/cmi5/context/extensions/sessionid"
    public static let masteryScoreExtension = "https://w3id.org/xapi/cmi5/context/extensions/masteryscore"

    public let launch: Cmi5LaunchRequest
    public let launchData: Cmi5LaunchData
    public let sessionID: String
    public let started: Date

    public init(launch: Cmi5LaunchRequest, launchData: Cmi5LaunchData, started: Date) {
        self.launch = launch
        self.launchData = launchData
        sessionID = launchData.sessionID ?? UUID().uuidString.lowercased()
        self.started = started
    }

    public func initialized(at time: Date) -> JSONValue { statement("initialized", at: time) }

    /// completed, then passed or failed (against the LMS's mastery score when it gave one), for a finished session.
    public func outcome(_ end: TranscriptEnd, at time: Date) -> [JSONValue] {
        let overall = Double(min(100, max(0, end.overall)))
        let scaled = overall / 100
        // spar's verdict (its pass mark and critical errors); the LMS's mastery score when set.
        let passed = end.passed && launchData.masteryScore.map { scaled >= $0 } ?? end.passed
        let sparResult = XAPIExport.finalResult(end)
        var score: [String: JSONValue] = ["scaled": .number(scaled), "raw": .number(overall), "min": .number(0), "max": .number(100)]
        // A session failed by a critical error can score above the mastery score; cmi5 has an LMS
        // refuse a failed statement whose score reaches it, so the score is then left to the extensions.
        if !passed, let mastery = launchData.masteryScore, scaled >= mastery { score = [:] }
        var extensions = (try? JSONValue.parse(JSONEncoder().encode(sparResult.extensions ?? [:]))) ?? .object([:])
        extensions = extensions.merged(with: .object([XAPIExport.extensionBase + "overall": .number(overall)]))
        let duration = JSONValue.string(Self.duration(from: started, to: time))
        let completed = statement("completed", at: time, moveOn: true,
                                  result: .object(["completion": .bool(true), "duration": duration]))
        var verdict: [String: JSONValue] = ["success": .bool(passed), "duration": duration, "extensions": extensions]
        if !score.isEmpty { verdict["score"] = .object(score) }
        return [completed, statement(passed ? "passed" : "failed", at: time.addingTimeInterval(0.001), moveOn: true,
                                     result: .object(verdict), masteryScore: launchData.masteryScore)]
    }

    public func terminated(at time: Date) -> JSONValue {
        statement("terminated", at: time, result: .object(["duration": .string(Self.duration(from: started, to: time))]))
    }

    func statement(_ verb: String, at time: Date, moveOn: Bool = false, result: JSONValue? = nil, masteryScore: Double? = nil) -> JSONValue {
        var categories: [JSONValue] = [.object(["objectType": .string("Activity"), "id": .string(Self.cmi5Category)])]
        if moveOn { categories.append(.object(["objectType": .string("Activity"), "id": .string(Self.moveOnCategory)])) }
        var extensions: [String: JSONValue] = [Self.sessionIDExtension: .string(sessionID)]
        if let masteryScore { extensions[Self.masteryScoreExtension] = .number(masteryScore) }
        let required = JSONValue.object([
            "registration": .string(launch.registration),
            "contextActivities": .object(["category": .array(categories)]),
            "extensions": .object(extensions),
        ])
        var fields: [String: JSONValue] = [
            // One id per session and verb: sending a statement again is harmless.
            "id": .string(DeterministicUUID.make("spar-cmi5\u{1F}\(launch.registration)\u{1F}\(sessionID)\u{1F}\(verb)")),
            "actor": launch.actor,
            "verb": .object(["id": .string("http://adlnet.gov/expapi/verbs/\(verb)"), "display": .object(["en-US": .string(verb)])]),
            "object": .object(["objectType": .string("Activity"), "id": .string(launch.activityID)]),
            "context": launchData.contextTemplate.merged(with: required),
            "timestamp": .string(Self.timestamp(time)),
        ]
        if let result { fields["result"] = result }
        return .object(fields)
    }

    static func timestamp(_ date: Date) -> String {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        return formatter.string(from: date)
    }

    /// An ISO 8601 duration to the hundredth of a second: PT16.36S.
    static func duration(from start: Date, to end: Date) -> String {
        let hundredths = Int((max(0, end.timeIntervalSince(start)) * 100).rounded())
        return "PT\(hundredths / 100).\(String(format: "%02d", hundredths % 100))S"
    }
}
