import Foundation
import Hummingbird
import HummingbirdTesting
import HummingbirdWSClient
import Logging
import SparClassroom
@testable import SparServer
import SparKit
import TestSupport

/// A classroom for one test: a store in a temporary folder, a hub, and a class on a scenario.
struct TestClassroom {
    static let token = "test-trainer-token"
    let folder: String
    let store: SQLiteClassroomStore
    let hub: ClassroomHub
    let code: String
    let scenario: Scenario

    static var packageRoot: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    }

    static func shippedScenarioPath(_ name: String = "zh/valve-retrofit.yaml") -> String {
        packageRoot.appendingPathComponent("scenarios").appendingPathComponent(name).path
    }

    /// Best scores searched once per scenario for the whole test run, as the server's cache does.
    static let bestScores = BestScoresCache(engineVersion: "test")

    static func configuration() -> ClassroomConfiguration {
        ClassroomConfiguration(version: "test", best: { bestScores.best(for: $0) })
    }

    /// The best path's lines per scenario file, explored once for the whole test run.
    private static let bestPaths = BestPaths()

    /// A new store and hub with one class on `scenarioPath` (default: the shipped valve-retrofit).
    static func make(scenarioPath: String = shippedScenarioPath(), mode: SessionMode = .practice,
                     configure: (inout ClassroomConfiguration) -> Void = { _ in }) throws -> TestClassroom {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("spar-server-\(UUID().uuidString)").path
        let store = try SQLiteClassroomStore(path: folder + "/classroom.sqlite")
        var configuration = configuration()
        configure(&configuration)
        let hub = try ClassroomHub(store: store, configuration: configuration)
        let source = try Data(contentsOf: URL(fileURLWithPath: scenarioPath))
        let summary = try hub.openClass(source: source, file: scenarioPath, mode: mode, name: "test class")
        let scenario = ScenarioLoader.load(contentsOfFile: scenarioPath).scenario!
        return TestClassroom(folder: folder, store: store, hub: hub, code: summary.code, scenario: scenario)
    }

    /// The same store opened by a new hub, as a restarted server would.
    func restarted() throws -> TestClassroom {
        let hub = try ClassroomHub(store: store, configuration: Self.configuration())
        return TestClassroom(folder: folder, store: store, hub: hub, code: code, scenario: scenario)
    }

    var server: ClassroomServer { ClassroomServer(hub: hub, trainerToken: Self.token, host: "127.0.0.1", port: 0) }

    /// The lines of the best path, as `spar explore --inputs best` prints them.
    var bestInputs: [String] { Self.bestPaths.lines(for: scenario) }

    /// The best path typed out, for exam mode (which hides the choices and takes no numbers):
    /// each choice number replaced by what the choice says.
    var bestInputsTyped: [String] {
        var session = Session(scenario: scenario, mode: .practice)
        _ = session.begin()
        return bestInputs.map { line in
            var typed = line
            if session.state.pending == nil, let number = Int(line),
               let choice = session.availableChoices().first(where: { $0.number == number })?.choice {
                typed = choice.say
            }
            _ = session.handle(line)
            return typed
        }
    }

    func remove() { try? FileManager.default.removeItem(atPath: folder) }
}

/// A scripted trainee over a real WebSocket: says hello, sends each line once the previous one is
/// answered, and keeps every frame the server sent, as text.
struct WireTrainee {
    var port: Int
    var code: String
    var name = "wire"
    var secret: String?

    struct Transcript {
        var frames: [String] = []
        var messages: [ServerMessage] { frames.compactMap(ServerMessage.decode) }
        var welcome: ServerMessage.Welcome? {
            messages.lazy.compactMap { if case .welcome(let welcome) = $0 { welcome } else { nil } }.first
        }
        var scorecard: Scorecard? {
            messages.lazy.compactMap { if case .scorecard(let card, _) = $0 { card } else { nil } }.first
        }
        var closedWith: String?
    }

    /// Sends raw frames (after the hello) and reads until `until` says stop or the server closes.
    func exchange(hello: String? = nil, frames: [WebSocketOutboundWriter.OutboundFrame] = [],
                  until stop: @escaping @Sendable ([String]) -> Bool) async throws -> Transcript {
        let box = FrameBox()
        let helloText = hello ?? ClientMessage.hello(.init(code: code, name: name, seat: secret)).json
        var logger = Logger(label: "wire-test")
        logger.logLevel = .critical
        let close = try await WebSocketClient.connect(url: "ws://localhost:\(port)/ws", configuration: .init(maxFrameSize: 1 << 20),
                                                      logger: logger) { inbound, outbound, _ in
            try await outbound.write(.text(helloText))
            // Written alongside the reading: a server that stops reading a huge frame must not block the test.
            let writer = Task { for frame in frames { try await outbound.write(frame) } }
            defer { writer.cancel() }
            for try await message in inbound.messages(maxSize: 1 << 22) {
                if case .text(let text) = message { box.append(text) }
                if stop(box.frames) { break }
            }
        }
        var transcript = Transcript(frames: box.frames)
        transcript.closedWith = close.map { "\($0.closeCode)" }
        return transcript
    }

    /// Plays `inputs` one at a time, each after the answer to the one before, to the scorecard.
    func play(_ inputs: [String]) async throws -> Transcript {
        let box = FrameBox()
        let helloText = ClientMessage.hello(.init(code: code, name: name, seat: secret)).json
        var logger = Logger(label: "wire-test")
        logger.logLevel = .critical
        try await WebSocketClient.connect(url: "ws://localhost:\(port)/ws", configuration: .init(maxFrameSize: 1 << 20),
                                          logger: logger) { inbound, outbound, _ in
            try await outbound.write(.text(helloText))
            var iterator = inbound.messages(maxSize: 1 << 22).makeAsyncIterator()
            func read() async throws -> ServerMessage? {
                guard let message = try await iterator.next() else { return nil }
                guard case .text(let text) = message else { return nil }
                box.append(text)
                return ServerMessage.decode(text)
            }
            var applied = 0
            while let message = try await read() {
                if case .welcome(let welcome) = message { applied = welcome.applied; break }
                if case .error = message { return }
            }
            for (index, line) in inputs.enumerated() {
                let sequence = applied + index + 1
                try await outbound.write(.text(ClientMessage.line(sequence: sequence, text: line).json))
                answered: while let message = try await read() {
                    switch message {
                    case .output(sequence, _, _, _, _): break answered
                    case .rejected(sequence, _, _, let retry?):
                        try await Task.sleep(for: .milliseconds(retry))
                        try await outbound.write(.text(ClientMessage.line(sequence: sequence, text: line).json))
                    case .rejected(sequence, _, _, nil): break answered
                    case .error: return
                    default: continue
                    }
                }
            }
            if !box.frames.contains(where: { $0.contains("\"type\":\"scorecard\"") }) {
                while let message = try await read() { if case .scorecard = message { break } }
            }
            try await outbound.close(.normalClosure, reason: nil)
        }
        return Transcript(frames: box.frames)
    }
}

/// Frames collected by a WebSocket handler, read by the test after it.
final class FrameBox: @unchecked Sendable {
    private let lock = NSLock()
    private var stored: [String] = []
    func append(_ frame: String) { lock.withLock { stored.append(frame) } }
    var frames: [String] { lock.withLock { stored } }
}

extension ClassroomServer {
    /// Runs the server on a free port (HummingbirdTesting's live framework) for `body`, then stops it.
    func withRunning<T: Sendable>(_ body: @escaping @Sendable (Int) async throws -> T) async throws -> T {
        try await application().test(.live) { client in try await body(client.port!) }
    }
}

/// Exploring a scenario for its best path takes seconds; the tests share one exploration per scenario.
final class BestPaths: @unchecked Sendable {
    private let lock = NSLock()
    private var lines: [String: [String]] = [:]

    func lines(for scenario: Scenario) -> [String] {
        lock.withLock {
            if let known = lines[scenario.sha256] { return known }
            let explored = PathInputs.lines(for: scenario, path: ExplorationReport(scenario: scenario).best.path)
            lines[scenario.sha256] = explored
            return explored
        }
    }
}
