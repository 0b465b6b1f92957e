import Foundation
import Logging
import SparClassroom
import SparKit
import SparLRS

/// The server's side of cmi5: an LMS launches a spar unit, the server fetches the session's
/// credentials, reads `LMS.LaunchData`, sends `initialized` and opens a class of one for the
/// learner; when that session ends it sends `completed`, `passed` or `failed`, then `terminated`.
/// Launches live in memory: after a restart the LMS launches the unit again.
public final class Cmi5Launcher: @unchecked Sendable {
    struct Launched: Sendable {
        var statements: Cmi5Statements
        var client: LRSClient
        var finished = false
    }

    /// Why a launch could not start, worded for the learner's page.
    public struct Failure: Error, Sendable, CustomStringConvertible {
        public var description: String
        public var status: Int
    }

    private let lock = NSLock()
    private var hub: ClassroomHub?
    private var launched: [String: Launched] = [:]
    let logger: Logger
    let transport: any LRSTransport
    let retry: RetryPolicy

    public init(logger: Logger, transport: any LRSTransport = HTTPTransport(), retry: RetryPolicy = .standard) {
        self.logger = logger
        self.transport = transport
        self.retry = retry
    }

    /// The hub whose classes the launches open (set once it exists).
    public func attach(_ hub: ClassroomHub) { lock.withLock { self.hub = hub } }

    /// The cmi5 launch sequence for a unit on `scenarioID`; returns the class the learner joins.
    public func launch(scenarioID: String, mode: SessionMode?, request: Cmi5LaunchRequest) async throws(Failure) -> ClassSummary {
        guard let hub = lock.withLock({ self.hub }) else { throw Failure(description: "the server is starting; try again", status: 503) }
        // Any class on the scenario holds its source; the unit plays it in a class of its own.
        guard let template = hub.classRecords.last(where: { $0.scenarioID == scenarioID && !$0.settings.closed })
                ?? hub.classRecords.last(where: { $0.scenarioID == scenarioID }) else {
            throw Failure(description: "this server has no class on the scenario '\(scenarioID)'; the trainer starts it with spar serve \(scenarioID)",
                          status: 404)
        }
        let token = try await fetchToken(request)
        let client: LRSClient
        do {
            client = LRSClient(endpoint: try LRSEndpoint(url: request.endpoint, authorization: "Basic \(token)"), transport: transport)
        } catch {
            throw Failure(description: "the LMS's endpoint cannot be used: \(error)", status: 400)
        }
        let launchData: Cmi5LaunchData
        do {
            let answer = try await client.call("GET", "activities/state", query: [
                ("stateId", "LMS.LaunchData"), ("activityId", request.activityID),
                ("agent", String(decoding: request.actor.data, as: UTF8.self)), ("registration", request.registration),
            ])
            guard let json = JSONValue.parse(answer.body) else { throw LRSFailure.rejected(status: answer.status, message: "not JSON") }
            launchData = Cmi5LaunchData(json: json)
        } catch {
            throw Failure(description: "the LMS's launch data (LMS.LaunchData) cannot be read: \(error)", status: 502)
        }
        guard launchData.launchMode == "Normal" else {
            throw Failure(description: "spar units run in Normal mode; the LMS launched this one in \(launchData.launchMode) mode", status: 409)
        }
        let statements = Cmi5Statements(launch: request, launchData: launchData, started: Date())
        do {
            try await sender(client).sendWithRetries([Self.encoded(statements.initialized(at: Date()))])
        } catch {
            throw Failure(description: "the LMS did not take the session's start: \(error)", status: 502)
        }
        let summary: ClassSummary
        do {
            summary = try hub.openClass(source: template.scenarioSource, file: template.scenarioFile, mode: mode ?? template.mode,
                                        name: "cmi5 · \(ClassroomHub.traineeName(request.learnerName))")
        } catch {
            throw Failure(description: "the class cannot be opened: \(error)", status: 500)
        }
        lock.withLock { launched[summary.code] = Launched(statements: statements, client: client) }
        logger.info("cmi5: \(request.learnerName) launched \(scenarioID) (registration \(request.registration)), class \(summary.code)")
        return summary
    }

    /// A seat's answer was stored: when it ended a launched unit's session, tell the LMS how it went.
    public func seatStored(classCode: String, seatID: Int64) async {
        guard let hub = lock.withLock({ self.hub }), let unit = lock.withLock({ launched[classCode] }), !unit.finished else { return }
        guard let lines = try? hub.runtime.store.entries(seatID: seatID),
              case .success(let transcript) = Transcript.parse(lines.joined(separator: "\n") + "\n", file: "seat \(seatID)"),
              let end = transcript.end else { return }
        let claimed = lock.withLock { () -> Bool in
            guard launched[classCode]?.finished == false else { return false }
            launched[classCode]?.finished = true
            return true
        }
        guard claimed else { return }
        let now = Date()
        // One POST per statement, in the order cmi5 requires; sent beside the trainee's scorecard, not before it.
        let sequence = unit.statements.outcome(end, at: now) + [unit.statements.terminated(at: now.addingTimeInterval(0.002))]
        let (sender, logger) = (sender(unit.client), logger)
        Task {
            do {
                for statement in sequence { try await sender.sendWithRetries([Self.encoded(statement)]) }
                logger.info("cmi5: class \(classCode) ended with \(end.overall); the LMS is told")
            } catch {
                logger.error("cmi5: the LMS did not take the result of class \(classCode): \(error)")
            }
            // The unit is over: nobody else joins its class.
            _ = try? await hub.change(classCode) { $0.locked = true }
        }
    }

    private func sender(_ client: LRSClient) -> StatementSender {
        let logger = self.logger
        return StatementSender(client: client, batchSize: 1, retry: retry) { failure, pause in
            logger.warning("cmi5: \(failure); trying again in \(pause)")
        }
    }

    static func encoded(_ statement: JSONValue) -> EncodedStatement {
        EncodedStatement(id: statement["id"]?.string ?? "", json: statement.data)
    }

    /// cmi5 §8.2: one POST to the fetch URL gives the session's token, or an error code and text.
    private func fetchToken(_ request: Cmi5LaunchRequest) async throws(Failure) -> String {
        let answer: LRSResponse
        do {
            answer = try await transport.send(LRSRequest(method: "POST", url: request.fetch))
        } catch {
            throw Failure(description: "the LMS's fetch URL cannot be reached (\(VisibleText.quoted("\(error)", limit: 160)))", status: 502)
        }
        let json = JSONValue.parse(answer.body)
        guard (200..<300).contains(answer.status), let token = json?["auth-token"]?.string, !token.isEmpty else {
            let text = json?["error-text"]?.string.map { VisibleText.quoted($0, limit: 200) } ?? "HTTP \(answer.status)"
            throw Failure(description: "the LMS gave no credentials for this session (\(text)); launch the unit again from the LMS",
                          status: 502)
        }
        return token
    }
}
