import Foundation
import SalesMethod

/// Builds xAPI statements for one session: attempted, one answered per answer, and for a finished
/// session completed plus passed or failed, each result carrying the dimension scores as extensions.
public enum XAPIExport {
    public static let homePage = "https://spar.local"
    public static let extensionBase = "https://spar.local/xapi/extensions/"
    public static let dimensionBase = "https://spar.local/xapi/dimensions/"
    static let simulationType = "http://adlnet.gov/expapi/activities/simulation"
    static let interactionType = "http://adlnet.gov/expapi/activities/interaction"

    public static func scenarioActivityID(_ scenario: String) -> String { "\(homePage)/scenarios/\(segment(scenario))" }

    public static func nodeActivityID(scenario: String, node: String) -> String {
        "\(scenarioActivityID(scenario))/nodes/\(segment(node))"
    }

    /// `path` names the file only to tell sessions apart: ids use its last component and the header, so a
    /// class folder moved elsewhere exports the same ids.
    public static func statements(for transcript: Transcript, path: String) -> [XAPIStatement] {
        let header = transcript.header
        let fileName = (path as NSString).lastPathComponent
        let seed = [fileName, header.scenario, header.scenarioSHA256, header.trainee, header.started].joined(separator: "\u{1F}")
        var index = 0
        func nextID() -> String {
            defer { index += 1 }
            return DeterministicUUID.make("spar-xapi\u{1F}\(seed)\u{1F}\(index)")
        }
        // Always an ISO 8601 instant an LRS accepts (a header that is not a date is refused on reading).
        let timestamp = SessionDate.parse(header.started).map(UTCStamp.iso8601) ?? "1970-01-01T00:00:00Z"
        let languageTag = header.lang == .zh ? "zh-CN" : "en-US"
        let actor = XAPIStatement.Agent(name: header.trainee, account: .init(homePage: homePage, name: header.trainee))
        let scenarioActivity = XAPIStatement.Activity(
            id: scenarioActivityID(header.scenario),
            definition: .init(name: [languageTag: header.scenario], type: simulationType))
        var sessionExtensions: [String: XAPIValue] = [
            extensionBase + "mode": .string(header.mode.rawValue),
            extensionBase + "scenario-sha256": .string(header.scenarioSHA256),
            extensionBase + "version": .string(header.version),
        ]
        if let className = header.className { sessionExtensions[extensionBase + "class"] = .string(className) }
        // An author's try (`--from`/`--set`): marked on every statement, so an LRS can leave it out of grades.
        if let overrides = header.overrides, !overrides.isEmpty {
            sessionExtensions[extensionBase + "start"] = .string(overrides.summary)
        }
        let registration = DeterministicUUID.make("spar-xapi-registration\u{1F}\(seed)")
        func context(parent: Bool, extra: [String: XAPIValue] = [:]) -> XAPIStatement.Context {
            XAPIStatement.Context(registration: registration, platform: "spar", language: languageTag,
                                  contextActivities: parent ? .init(parent: [.init(id: scenarioActivity.id)]) : nil,
                                  extensions: sessionExtensions.merging(extra) { $1 })
        }
        func statement(_ verb: XAPIVerb, _ object: XAPIStatement.Activity, result: XAPIStatement.Result?,
                       context: XAPIStatement.Context) -> XAPIStatement {
            XAPIStatement(id: nextID(), actor: actor, verb: verb.statementVerb, object: object, result: result,
                          context: context, timestamp: timestamp)
        }

        var statements = [statement(.attempted, scenarioActivity, result: nil, context: context(parent: false))]
        let undone = UndoneRecords.indices(in: transcript.records)
        for (position, record) in transcript.records.enumerated() {
            guard let answered = answer(record, scenario: header.scenario, languageTag: languageTag) else { continue }
            var extra: [String: XAPIValue] = [extensionBase + "record": .string(record.type.rawValue)]
            if let turn = record.turn { extra[extensionBase + "turn"] = .int(turn) }
            // An answer taken back with /back or /restart happened, but its points are not in the score.
            if undone.contains(position) { extra[extensionBase + "undone"] = .bool(true) }
            statements.append(statement(.answered, answered.activity, result: answered.result,
                                        context: context(parent: true, extra: extra)))
        }
        if let end = transcript.end {
            let result = finalResult(end)
            statements.append(statement(.completed, scenarioActivity, result: result, context: context(parent: false)))
            statements.append(statement(end.passed ? .passed : .failed, scenarioActivity, result: result,
                                        context: context(parent: false)))
        }
        return statements
    }

    /// Turns, classifications and contact maps are answers; commands (hint, back…) are not.
    static func answer(_ record: TranscriptRecord, scenario: String, languageTag: String)
        -> (activity: XAPIStatement.Activity, result: XAPIStatement.Result)? {
        guard let node = record.node else { return nil }
        let suffix: String
        switch record.type {
        case .turn: suffix = ""
        case .classify, .map: suffix = "/" + record.type.rawValue
        default: return nil
        }
        let activity = XAPIStatement.Activity(
            id: nodeActivityID(scenario: scenario, node: node) + suffix,
            definition: .init(name: [languageTag: node + suffix], type: interactionType))
        let events = record.events ?? []
        var extensions: [String: XAPIValue] = [:]
        var byDimension: [ScoreDimension: Int] = [:]
        for event in events { byDimension[event.dimension, default: 0] += event.points }
        for (dimension, points) in byDimension { extensions[dimensionBase + dimension.rawValue] = .int(points) }
        if let matched = record.matched { extensions[extensionBase + "choice"] = .int(matched) }
        if let say = record.say { extensions[extensionBase + "say"] = .string(say) }
        if let given = record.given { extensions[extensionBase + "given"] = .string(given) }
        if let contact = record.contact { extensions[extensionBase + "contact"] = .string(contact) }
        let total = events.reduce(0) { $0 + $1.points }
        let result = XAPIStatement.Result(score: .init(raw: Double(total)), response: record.input,
                                          extensions: extensions.isEmpty ? nil : extensions)
        return (activity, result)
    }

    /// The session's result: the overall as the score, passed or not, and as extensions the band,
    /// the outcome, each dimension's percent and the critical errors (ids, comma-separated).
    public static func finalResult(_ end: TranscriptEnd) -> XAPIStatement.Result {
        var extensions: [String: XAPIValue] = ["\(extensionBase)band": .string(end.band.rawValue)]
        if let outcome = end.outcome { extensions[extensionBase + "outcome"] = .string(outcome.rawValue) }
        if let critical = end.critical, !critical.isEmpty {
            extensions[extensionBase + "critical-errors"] = .string(critical.joined(separator: ","))
        }
        for (name, percent) in end.dimensions { extensions[dimensionBase + name] = .int(percent) }
        let overall = min(100, max(0, end.overall))
        return XAPIStatement.Result(
            score: .init(scaled: Double(overall) / 100, raw: Double(overall), min: 0, max: 100),
            success: end.passed, completion: true, extensions: extensions)
    }

    /// One statement as pretty JSON, keys sorted: the same session always exports the same text.
    public static func json(_ statement: XAPIStatement) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        guard let data = try? encoder.encode(statement) else { return "{}" }
        return String(decoding: data, as: UTF8.self)
    }

    /// An id or name as one IRI path segment: unreserved ASCII as is, everything else percent-encoded.
    public static func segment(_ text: String) -> String {
        var allowed = CharacterSet(charactersIn: "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._~")
        allowed.remove(charactersIn: "/")
        return text.addingPercentEncoding(withAllowedCharacters: allowed) ?? text
    }
}
