import Foundation
import Testing

/// A live class through the built binary: one `spar serve`, five piped `spar join`, the server
/// killed with SIGKILL mid-class and started again on the same store.
@Suite("Classroom end to end (built binary)", .serialized)
struct ClassroomEndToEndTests {
    struct Ready: Decodable {
        struct Class: Decodable { var code: String; var scenario: String; var mode: String }
        var url: String
        var trainer_token: String
        var classes: [Class]
    }

    static func startServer(db: String, readyFile: String, port: Int = 0, scenarios: [String], className: String = "e2e",
                            extra: [String] = []) throws -> (BackgroundSpar, Ready) {
        try? FileManager.default.removeItem(atPath: readyFile)
        let server = try BackgroundSpar(["serve"] + scenarios + ["--class", className, "--port", String(port),
                                                                  "--ready-json", readyFile, "--db", db, "--token", "e2e-token"] + extra)
        var ready: Ready?
        let up = BackgroundSpar.waitUntil(seconds: 120) {
            guard let data = FileManager.default.contents(atPath: readyFile) else { return !server.process.isRunning }
            ready = try? JSONDecoder().decode(Ready.self, from: data)
            return ready != nil
        }
        guard up, let ready else {
            server.kill()
            throw TestFailure("the server did not become ready: \(server.stderr)")
        }
        return (server, ready)
    }

    struct TestFailure: Error, CustomStringConvertible {
        var description: String
        init(_ description: String) { self.description = description }
    }

    static func overall(in output: String) -> Int? {
        // "总分：87 / 100" or "Overall: 87 / 100"
        guard let range = output.range(of: #"(总分：|Overall: )\d+"#, options: .regularExpression) else { return nil }
        return Int(output[range].filter(\.isNumber))
    }

    /// Lines each trainee has had answered, by name, from the trainer's roster.
    private static func answered(token: String, url: String, code: String) -> [String: Int] {
        struct Entry: Decodable { var trainee: String; var answered: Int }
        guard let result = try? SparBinary.run(["class", "roster", code, "--server", url, "--token", token, "--json"]),
              result.status == 0,
              let entries = try? JSONDecoder().decode([Entry].self, from: Data(result.stdout.utf8)) else { return [:] }
        return Dictionary(entries.map { ($0.trainee, $0.answered) }, uniquingKeysWith: max)
    }

    @Test("five trainees finish; the server killed mid-class and restarted: all five finish with a local play's overall; exports replay",
          .timeLimit(.minutes(8)))
    func classSurvivesAKill() throws {
        let folder = try SparBinary.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        // Odd trainees play the best path, even ones the worst: the overall compared is not always 100.
        var inputsByPath: [String: [String]] = [:]
        var localOverall: [String: Int] = [:]
        for path in ["best", "worst"] {
            let explore = try SparBinary.run(["explore", "valve-retrofit", "--inputs", path])
            #expect(explore.status == 0)
            let inputs = explore.stdout.split(separator: "\n").map(String.init)
            #expect(inputs.count >= 2, "a path to kill the server in the middle of")
            inputsByPath[path] = inputs
            let local = try SparBinary.run(["play", "valve-retrofit", "--out", folder.appendingPathComponent("local").path],
                                           input: inputs.joined(separator: "\n") + "\n",
                                           environment: ["XDG_STATE_HOME": folder.appendingPathComponent("local-state").path])
            localOverall[path] = try #require(Self.overall(in: local.stdout), "local play printed no overall: \(local.stdout.suffix(400))")
        }
        #expect(localOverall["best"] != localOverall["worst"])
        func path(_ index: Int) -> String { index % 2 == 1 ? "best" : "worst" }

        let db = folder.appendingPathComponent("classroom.sqlite").path
        let readyFile = folder.appendingPathComponent("ready.json").path
        func join(_ ready: Ready, _ index: Int) throws -> BackgroundSpar {
            try BackgroundSpar(["join", ready.classes[0].code, "--server", ready.url, "--name", "trainee\(index)"],
                               environment: ["XDG_STATE_HOME": folder.appendingPathComponent("state\(index)").path])
        }

        // 1. An uninterrupted class of five.
        do {
            let (server, ready) = try Self.startServer(db: db, readyFile: readyFile, scenarios: ["valve-retrofit"])
            defer { server.kill() }
            #expect(ready.classes.first?.scenario == "valve-retrofit")
            #expect(ready.url.hasPrefix("http://127.0.0.1:"))
            let clients = try (1...5).map { try join(ready, $0) }
            for (offset, client) in clients.enumerated() {
                client.send(inputsByPath[path(offset + 1)]!)
                client.closeInput()
            }
            for (offset, client) in clients.enumerated() {
                let status = client.wait(seconds: 120)
                #expect(status == 0, "trainee\(offset + 1): \(client.stderr)")
                #expect(Self.overall(in: client.stdout) == localOverall[path(offset + 1)],
                        "trainee\(offset + 1): \(client.stdout.suffix(600))")
            }
            let closed = try SparBinary.run(["class", "close", ready.classes[0].code, "--server", ready.url, "--token", ready.trainer_token])
            #expect(closed.status == 0, "\(closed.stderr)")
        }

        // 2. Another class on the same store; the server is killed with SIGKILL halfway and started again.
        let (server, ready) = try Self.startServer(db: db, readyFile: readyFile, scenarios: ["valve-retrofit"])
        let code = ready.classes.first { _ in true }!.code
        let port = Int(ready.url.split(separator: ":").last!)!
        let clients = try (6...10).map { try join(ready, $0) }
        let inputs = (6...10).map { inputsByPath[path($0)]! }
        let halves = inputs.map { $0.count / 2 }
        for (offset, client) in clients.enumerated() { client.send(Array(inputs[offset].prefix(halves[offset]))) }
        let halfway = BackgroundSpar.waitUntil(seconds: 120) {
            let answered = Self.answered(token: ready.trainer_token, url: ready.url, code: code)
            return (6...10).allSatisfy { (answered["trainee\($0)"] ?? 0) >= halves[$0 - 6] }
        }
        #expect(halfway, "the trainees did not reach the middle: \(Self.answered(token: ready.trainer_token, url: ready.url, code: code))")
        server.kill()
        for (offset, client) in clients.enumerated() { client.send(Array(inputs[offset].dropFirst(halves[offset]))) }
        let (restarted, again) = try Self.startServer(db: db, readyFile: readyFile, port: port, scenarios: [])
        defer { restarted.kill() }
        #expect(again.classes.map(\.code) == [code])
        for client in clients { client.closeInput() }
        for (index, client) in clients.enumerated() {
            let status = client.wait(seconds: 120)
            #expect(status == 0, "trainee\(index + 6): \(client.stderr)")
            #expect(Self.overall(in: client.stdout) == localOverall[path(index + 6)], "trainee\(index + 6): \(client.stdout.suffix(600))")
            #expect(client.stderr.contains("reconnecting") || client.stderr.contains("重新连接"),
                    "trainee\(index + 6) never showed that it was reconnecting: \(client.stderr)")
        }

        // 3. The store's transcripts, exported, replay and report as any transcripts do.
        let exported = folder.appendingPathComponent("exported").path
        let export = try SparBinary.run(["class", "export", "--db", db, "--out", exported])
        #expect(export.status == 0, "\(export.stderr)")
        #expect(export.stdout.contains("wrote 10 transcripts"))
        let replay = try SparBinary.run(["test", exported])
        #expect(replay.status == 0, "\(replay.stdout)\(replay.stderr)")
        #expect(replay.stdout.contains("10 passed, 0 failed"), "\(replay.stdout)")
        let report = try SparBinary.run(["report", "--db", db, "--class", code, "--csv", "-"])
        #expect(report.status == 0, "\(report.stderr)")
        #expect(report.stdout.split(whereSeparator: \.isNewline).count == 6, "\(report.stdout)")
    }

    @Test("two trainees on one login (one state folder), one after the other: each gets a seat of their own and finishes",
          .timeLimit(.minutes(3)))
    func sharedLoginKeepsOneSeatPerName() throws {
        let folder = try SparBinary.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let inputs = try SparBinary.run(["explore", "valve-retrofit", "--inputs", "best"]).stdout
            .split(separator: "\n").map(String.init)
        let (server, ready) = try Self.startServer(db: folder.appendingPathComponent("class.sqlite").path,
                                                   readyFile: folder.appendingPathComponent("ready.json").path,
                                                   scenarios: ["valve-retrofit"])
        defer { server.kill() }
        let code = try #require(ready.classes.first?.code)
        let sharedState = ["XDG_STATE_HOME": folder.appendingPathComponent("classroom-pc").path]
        for name in ["amy", "ben"] {
            let client = try BackgroundSpar(["join", code, "--server", ready.url, "--name", name], environment: sharedState)
            defer { client.kill() }
            client.send(inputs)
            client.closeInput()
            let status = client.wait(seconds: 120)
            #expect(status == 0, "\(name): \(client.stderr)")
            #expect(Self.overall(in: client.stdout) == 100, "\(name) did not play a session of their own: \(client.stdout.suffix(400))")
        }
        let answered = Self.answered(token: ready.trainer_token, url: ready.url, code: code)
        #expect(answered == ["amy": inputs.count, "ben": inputs.count], "\(answered)")
    }
}
