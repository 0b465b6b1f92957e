import Foundation
import SparLRS
import Testing

/// An LRS that answers from a script, one response (or network failure) per request, and keeps
/// what it was sent.
final class ScriptedLRS: LRSTransport, @unchecked Sendable {
    enum Answer { case status(Int, String), unreachable }
    struct NetworkDown: Error, CustomStringConvertible { var description: String { "connection refused" } }

    private let lock = NSLock()
    private var script: [Answer]
    private(set) var requests: [LRSRequest] = []
    /// Answered once the script is used up.
    let otherwise: Answer

    init(_ script: [Answer], otherwise: Answer = .status(200, "[]")) {
        self.script = script
        self.otherwise = otherwise
    }

    var sent: [LRSRequest] { lock.withLock { requests } }

    /// The statement ids in each request's body.
    var batches: [[String]] {
        sent.map { request in
            let array = (try? JSONSerialization.jsonObject(with: request.body ?? Data())) as? [[String: Any]] ?? []
            return array.compactMap { $0["id"] as? String }
        }
    }

    func send(_ request: LRSRequest) async throws -> LRSResponse {
        let answer = lock.withLock { () -> Answer in
            requests.append(request)
            return script.isEmpty ? otherwise : script.removeFirst()
        }
        switch answer {
        case .status(let code, let body): return LRSResponse(status: code, body: Data(body.utf8))
        case .unreachable: throw NetworkDown()
        }
    }
}

@Suite("Statements to an LRS: batches, retries, failures")
struct StatementSenderTests {
    static let endpoint = try! LRSEndpoint(url: "http://127.0.0.1:9/xAPI/", credentials: "key:secret")
    static let quick = RetryPolicy(attempts: 4, firstDelay: .milliseconds(1), longestDelay: .milliseconds(4))

    static func statements(_ count: Int) -> [EncodedStatement] {
        (0..<count).map { EncodedStatement(id: "id-\($0)", json: Data("{\"id\":\"id-\($0)\"}".utf8)) }
    }

    static func sender(_ lrs: ScriptedLRS, batchSize: Int = 50) -> StatementSender {
        StatementSender(client: LRSClient(endpoint: endpoint, transport: lrs), batchSize: batchSize, retry: quick)
    }

    @Test("120 statements go as batches of 50, 50 and 20, in order, with the xAPI headers")
    func batches() async throws {
        let lrs = ScriptedLRS([])
        try await Self.sender(lrs).send(Self.statements(120))
        #expect(lrs.batches.map(\.count) == [50, 50, 20])
        #expect(lrs.batches.flatMap { $0 } == Self.statements(120).map(\.id))
        let request = try #require(lrs.sent.first)
        #expect(request.method == "POST")
        #expect(request.url == "http://127.0.0.1:9/xAPI/statements")
        #expect(request.headers["X-Experience-API-Version"] == "1.0.3")
        #expect(request.headers["Authorization"] == "Basic " + Data("key:secret".utf8).base64EncodedString())
        #expect(request.headers["Content-Type"] == "application/json")
    }

    @Test("a 503 and a refused connection are tried again; the batch then arrives once")
    func retriesTransientFailures() async throws {
        let lrs = ScriptedLRS([.status(503, "{\"detail\":\"busy\"}"), .unreachable])
        try await Self.sender(lrs).send(Self.statements(3))
        #expect(lrs.batches.count == 3)
        #expect(Set(lrs.batches.map { $0 }) == [["id-0", "id-1", "id-2"]])
    }

    @Test("a 5xx on every attempt fails after the policy's attempts, with the LRS's message quoted")
    func persistentServerError() async throws {
        let lrs = ScriptedLRS([], otherwise: .status(500, "{\"detail\":\"Statements bulk indexation failed\"}"))
        await #expect(throws: LRSFailure.serverError(status: 500, message: "Statements bulk indexation failed")) {
            try await Self.sender(lrs).send(Self.statements(2))
        }
        #expect(lrs.sent.count == Self.quick.attempts)
    }

    @Test("401 is not tried again, and says to check --auth")
    func unauthorized() async throws {
        let lrs = ScriptedLRS([.status(401, "{\"detail\":\"Invalid authentication credentials\"}")])
        do {
            try await Self.sender(lrs).send(Self.statements(2))
            Issue.record("a 401 was taken for success")
        } catch {
            #expect(error == .unauthorized(endpoint: "http://127.0.0.1:9/xAPI/", status: 401, message: "Invalid authentication credentials"))
            #expect(error.description.contains("check --auth"))
        }
        #expect(lrs.sent.count == 1)
    }

    @Test("a 400 is not tried again; its message reaches the user on one visible line")
    func rejected() async throws {
        let lrs = ScriptedLRS([.status(400, "bad\u{1B}[31m statement\nsecond line")])
        do {
            try await Self.sender(lrs).send(Self.statements(2))
            Issue.record("a 400 was taken for success")
        } catch {
            guard case .rejected(400, let message) = error else { Issue.record("\(error)"); return }
            #expect(message == "bad\u{241B}[31m statement second line")
            #expect(!error.description.contains("\u{1B}"))
        }
        #expect(lrs.sent.count == 1)
    }

    @Test("a 409 on a batch sends it one statement at a time; the one already stored counts as delivered")
    func conflictSplitsTheBatch() async throws {
        let lrs = ScriptedLRS([.status(409, "{\"detail\":\"Differing statements already exist with the same ID: id-1\"}"),
                               .status(200, "[]"), .status(409, "{}"), .status(200, "[]")])
        try await Self.sender(lrs).send(Self.statements(3))
        #expect(lrs.batches == [["id-0", "id-1", "id-2"], ["id-0"], ["id-1"], ["id-2"]])
    }

    @Test("a network failure on every attempt says the LRS cannot be reached, naming it")
    func unreachable() async throws {
        let lrs = ScriptedLRS([], otherwise: .unreachable)
        do {
            try await Self.sender(lrs).send(Self.statements(1))
            Issue.record("no failure")
        } catch {
            #expect(error.isTransient)
            #expect(error.description.hasPrefix("cannot reach the learning record store at http://127.0.0.1:9/xAPI/"))
        }
    }

    @Test("endpoints: no path gets /xAPI/, credentials are USER:PASS, nothing but http(s)")
    func endpoints() throws {
        #expect(try LRSEndpoint(url: "http://lrs.example:8100", credentials: "a:b").base == "http://lrs.example:8100/xAPI/")
        #expect(try LRSEndpoint(url: "https://lrs.example/data/xAPI", credentials: "a:b").base == "https://lrs.example/data/xAPI/")
        #expect(throws: LRSEndpoint.Invalid.self) { try LRSEndpoint(url: "ftp://lrs.example", credentials: "a:b") }
        #expect(throws: LRSEndpoint.Invalid.self) { try LRSEndpoint(url: "http://u:p@lrs.example", credentials: "a:b") }
        #expect(throws: LRSEndpoint.Invalid.self) { try LRSEndpoint(url: "http://lrs.example", credentials: "no-colon") }
        let endpoint = try LRSEndpoint(url: "http://lrs.example/xAPI/", credentials: "a:b")
        #expect(endpoint.url("statements", query: [("statementId", "x y+z")]) == "http://lrs.example/xAPI/statements?statementId=x%20y%2Bz")
    }

    @Test("retry pauses double up to the longest")
    func backoff() {
        let policy = RetryPolicy(attempts: 6, firstDelay: .milliseconds(500), longestDelay: .seconds(8))
        #expect((1...6).map { policy.delay(after: $0) } == [.milliseconds(500), .seconds(1), .seconds(2), .seconds(4), .seconds(8), .seconds(8)])
    }
}
