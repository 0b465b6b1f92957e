import Foundation
import Logging
import SparClassroom
import SparKit
import SparLRS
@testable import SparServer
import Testing

/// An LRS that refuses connections until it is switched on, then keeps every statement posted.
final class SwitchableLRS: LRSTransport, @unchecked Sendable {
    struct Down: Error {}
    private let lock = NSLock()
    private var isUp = false
    private var tries = 0
    private var statements: [(id: String, json: Data)] = []

    var up: Bool {
        get { lock.withLock { isUp } }
        set { lock.withLock { isUp = newValue } }
    }
    var attempts: Int { lock.withLock { tries } }
    var received: [(id: String, json: Data)] { lock.withLock { statements } }

    func send(_ request: LRSRequest) async throws -> LRSResponse {
        try lock.withLock {
            tries += 1
            guard isUp else { throw Down() }
            let array = (try? JSONSerialization.jsonObject(with: request.body ?? Data())) as? [[String: Any]] ?? []
            for object in array {
                statements.append((object["id"] as? String ?? "", try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])))
            }
        }
        return LRSResponse(status: 200, body: Data("[]".utf8))
    }
}

/// The forwarder set once the store it reads exists.
final class ForwarderBox: @unchecked Sendable {
    var forwarder: StatementForwarder?
}

@Suite("Statements forwarded to an LRS while a class plays", .serialized)
struct StatementForwardingTests {
    static let endpoint = try! LRSEndpoint(url: "http://127.0.0.1:9/xAPI/", credentials: "key:secret")

    static func wait(seconds: Double, _ condition: () -> Bool) async -> Bool {
        let deadline = Date().addingTimeInterval(seconds)
        while Date() < deadline {
            if condition() { return true }
            try? await Task.sleep(for: .milliseconds(20))
        }
        return condition()
    }

    @Test("the LRS down for a whole session, then up: every statement arrives once, as spar export makes them",
          .timeLimit(.minutes(5)))
    func outageLosesNothing() async throws {
        let box = ForwarderBox()
        let classroom = try TestClassroom.make { configuration in
            configuration.entriesStored = { code, seat in await box.forwarder?.seatStored(classCode: code, seatID: seat) }
        }
        defer { classroom.remove() }
        let lrs = SwitchableLRS()
        let forwarder = StatementForwarder(store: classroom.store, client: LRSClient(endpoint: Self.endpoint, transport: lrs),
                                           logger: Logger(label: "test"), longestPause: .milliseconds(50))
        box.forwarder = forwarder
        let running = Task { await forwarder.run() }
        defer { running.cancel() }
        let (inputs, code) = (classroom.bestInputs, classroom.code)
        let played = try await classroom.server.withRunning { port in try await WireTrainee(port: port, code: code).play(inputs) }
        #expect(played.scorecard != nil)
        // Every answer's statements are queued before its feedback is sent.
        let seat = try #require(try classroom.store.seats(classCode: code).first)
        let expected = try SeatStatements.statements(in: classroom.store, classCode: code, seatID: seat.id).statements
        #expect(expected.count == inputs.count + 3, "attempted, one answered per input, completed, passed")
        #expect(try classroom.store.unsentCount() == expected.count)
        #expect(await Self.wait(seconds: 10) { lrs.attempts >= 2 }, "the forwarder tries while the LRS is down")
        #expect(lrs.received.isEmpty)

        lrs.up = true
        #expect(await Self.wait(seconds: 10) { lrs.received.count >= expected.count })
        try? await Task.sleep(for: .milliseconds(200))
        #expect(lrs.received.map { $0.id } == expected.map(\.id), "each statement once, in order")
        for (received, statement) in zip(lrs.received, expected) {
            let json = try JSONSerialization.data(withJSONObject: JSONSerialization.jsonObject(with: EncodedStatement(statement).json),
                                                  options: [.sortedKeys])
            #expect(received.json == json)
        }
        #expect(try classroom.store.unsentCount() == 0)
    }

    @Test("a store served without a forwarder: on start the forwarder queues and sends what its seats stored, once")
    func catchUpAfterARestart() async throws {
        let classroom = try TestClassroom.make()
        defer { classroom.remove() }
        let (inputs, code) = (classroom.bestInputs, classroom.code)
        _ = try await classroom.server.withRunning { port in try await WireTrainee(port: port, code: code).play(inputs) }
        let seat = try #require(try classroom.store.seats(classCode: code).first)
        let expected = try SeatStatements.statements(in: classroom.store, classCode: code, seatID: seat.id).statements
        #expect(try classroom.store.unsentCount() == 0, "nothing queued without a forwarder")
        let lrs = SwitchableLRS()
        lrs.up = true
        for _ in 0..<2 {
            // Twice, as two server starts: the second finds everything sent.
            let forwarder = StatementForwarder(store: classroom.store, client: LRSClient(endpoint: Self.endpoint, transport: lrs),
                                               logger: Logger(label: "test"))
            await forwarder.catchUp()
            let running = Task { await forwarder.run() }
            #expect(await Self.wait(seconds: 10) { (try? classroom.store.unsentCount()) == 0 })
            running.cancel()
        }
        #expect(lrs.received.map { $0.id } == expected.map(\.id))
    }
}
