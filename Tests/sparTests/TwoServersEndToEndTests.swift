import Foundation
import Testing

/// Two `spar serve` on one PostgreSQL database: a trainee joins through the first, the first is
/// killed with SIGKILL mid-session, and the trainee finishes through the second with the overall
/// of an uninterrupted local play. Runs when SPAR_TEST_POSTGRES_URL names a server
/// (scripts/test-postgres starts one and sets it).
@Suite("Two servers on one PostgreSQL database (built binary)", .serialized,
       .enabled(if: ProcessInfo.processInfo.environment["SPAR_TEST_POSTGRES_URL"].map { !$0.isEmpty } ?? false))
struct TwoServersEndToEndTests {
    typealias Ready = ClassroomEndToEndTests.Ready
    let database = ProcessInfo.processInfo.environment["SPAR_TEST_POSTGRES_URL"] ?? ""

    func startServer(className: String, readyFile: String, scenarios: [String]) throws -> (BackgroundSpar, Ready) {
        try ClassroomEndToEndTests.startServer(db: database, readyFile: readyFile, scenarios: scenarios, className: className)
    }

    private static func answered(url: String, code: String, trainee: String) -> Int {
        struct Entry: Decodable { var trainee: String; var answered: Int }
        guard let result = try? SparBinary.run(["class", "roster", code, "--server", url, "--token", "e2e-token", "--json"]),
              result.status == 0,
              let entries = try? JSONDecoder().decode([Entry].self, from: Data(result.stdout.utf8)) else { return 0 }
        return entries.first { $0.trainee == trainee }?.answered ?? 0
    }

    @Test("a trainee whose server is killed mid-session finishes through the other server with a local play's overall",
          .timeLimit(.minutes(5)))
    func traineeMovesToTheOtherServer() throws {
        let folder = try SparBinary.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let explore = try SparBinary.run(["explore", "valve-retrofit", "--inputs", "best"])
        #expect(explore.status == 0)
        let inputs = explore.stdout.split(separator: "\n").map(String.init)
        try #require(inputs.count >= 4, "a path long enough to kill a server in the middle of")
        let local = try SparBinary.run(["play", "valve-retrofit", "--out", folder.appendingPathComponent("local").path],
                                       input: inputs.joined(separator: "\n") + "\n",
                                       environment: ["XDG_STATE_HOME": folder.appendingPathComponent("local-state").path])
        let localOverall = try #require(ClassroomEndToEndTests.overall(in: local.stdout), "local play printed no overall")

        // Both servers on the class: the second finds the class the first opened in the database.
        let className = "two-servers-\(UUID().uuidString.prefix(8))"
        let (first, ready1) = try startServer(className: className, readyFile: folder.appendingPathComponent("ready1.json").path,
                                              scenarios: ["valve-retrofit"])
        defer { first.kill() }
        let (second, ready2) = try startServer(className: className, readyFile: folder.appendingPathComponent("ready2.json").path,
                                               scenarios: ["valve-retrofit"])
        defer { second.kill() }
        // The ready file lists every open class in the database, oldest first: this one is the newest.
        let code = try #require(ready1.classes.last?.code)
        #expect(ready2.classes.map(\.code).contains(code), "the second server does not serve the first's class: \(ready2.classes)")

        let client = try BackgroundSpar(["join", code, "--server", ready1.url, "--server", ready2.url, "--name", "mover"],
                                        environment: ["XDG_STATE_HOME": folder.appendingPathComponent("state").path])
        defer { client.kill() }
        let half = inputs.count / 2
        client.send(Array(inputs.prefix(half)))
        let halfway = BackgroundSpar.waitUntil(seconds: 120) { Self.answered(url: ready1.url, code: code, trainee: "mover") >= half }
        try #require(halfway, "the trainee did not reach the middle through the first server: \(client.stderr)")

        // The second server's roster shows the answers made through the first (its change feed).
        let seenOnSecond = BackgroundSpar.waitUntil(seconds: 5) { Self.answered(url: ready2.url, code: code, trainee: "mover") >= half }
        #expect(seenOnSecond, "the second server's roster did not show the first server's answers within 5 s")

        first.kill()
        client.send(Array(inputs.dropFirst(half)))
        client.closeInput()
        let status = client.wait(seconds: 120)
        #expect(status == 0, "\(client.stderr)")
        #expect(ClassroomEndToEndTests.overall(in: client.stdout) == localOverall, "\(client.stdout.suffix(600))")
        #expect(client.stderr.contains("reconnecting") || client.stderr.contains("重新连接"), "\(client.stderr)")
        // Every answer is in the database: the second server's roster counts them all.
        #expect(Self.answered(url: ready2.url, code: code, trainee: "mover") == inputs.count)

        // The class's transcripts read straight from the database replay as any transcript does.
        let exported = folder.appendingPathComponent("exported").path
        let export = try SparBinary.run(["class", "export", "--db", database, "--class", code, "--out", exported])
        #expect(export.status == 0, "\(export.stderr)")
        #expect(export.stdout.contains("wrote 1 transcript"), "\(export.stdout)")
        let replay = try SparBinary.run(["test", exported])
        #expect(replay.stdout.contains("1 passed, 0 failed"), "\(replay.stdout)\(replay.stderr)")

        // spar db copy, both ways: the class into a SQLite file (whose export is the same transcript),
        // and back, where the database already has it and it is left out.
        let file = folder.appendingPathComponent("copied.sqlite").path
        let copied = try SparBinary.run(["db", "copy", database, file, "--class", code])
        #expect(copied.status == 0, "\(copied.stderr)")
        #expect(copied.stdout.contains("copied 1 class, 1 seat"), "\(copied.stdout)")
        let fromFile = folder.appendingPathComponent("from-file").path
        #expect(try SparBinary.run(["class", "export", "--db", file, "--out", fromFile]).status == 0)
        let original = try FileManager.default.contentsOfDirectory(atPath: exported)
        let again = try FileManager.default.contentsOfDirectory(atPath: fromFile)
        #expect(original.count == 1 && again.count == 1)
        if let first = original.first, let second = again.first {
            #expect(FileManager.default.contents(atPath: exported + "/" + first) == FileManager.default.contents(atPath: fromFile + "/" + second))
        }
        let back = try SparBinary.run(["db", "copy", file, database])
        #expect(back.status == 0, "\(back.stderr)")
        #expect(back.stdout.contains("left out") && back.stdout.contains(code), "\(back.stdout)")
    }
}
