import Foundation
import Hummingbird
import HummingbirdTesting
import HummingbirdWSClient
import Logging
import SalesMethod
import SparClassroom
@testable import SparServer
import SparKit
import Testing

@Suite("Trainer dashboard")
struct DashboardTests {
    /// A class whose trainees may answer as fast as the test sends (no rate limit in the way).
    static func classroom(mode: SessionMode = .practice) throws -> TestClassroom {
        try TestClassroom.make(mode: mode) { configuration in
            configuration.burstLines = 10_000
            configuration.linesPerSecond = 10_000
        }
    }

    /// A trainee seated through the hub and answering `inputs`, each stored before the next; the
    /// seat stays connected (its outbox attached).
    static func seat(_ classroom: TestClassroom, name: String, inputs: [String]) async throws -> LiveSeat {
        guard case .success(let (seat, secret)) = await classroom.hub.join(.init(code: classroom.code, name: name, seat: nil)) else {
            throw HTTPError(.conflict, message: "no seat for \(name)")
        }
        await seat.attach(SeatOutbox(), secret: secret)
        for (index, line) in inputs.enumerated() { await seat.receive(sequence: index + 1, text: line) }
        return seat
    }

    /// The same inputs played locally: where the trainee stands and what they scored.
    static func localSession(_ scenario: Scenario, _ inputs: [String], mode: SessionMode = .practice) -> Session {
        var session = Session(scenario: scenario, mode: mode)
        _ = session.begin()
        for line in inputs { _ = session.handle(line) }
        return session
    }

    static func snapshot(_ classroom: TestClassroom) async -> DashboardSnapshot {
        await DashboardSnapshotBuilder(live: classroom.hub.liveClass(classroom.code)!, store: classroom.store).snapshot()
    }

    @Test("without the token the page, its script and the class's data answer 401 and show nothing; ?token= becomes a cookie",
          .timeLimit(.minutes(5)))
    func pageNeedsTheToken() async throws {
        let classroom = try Self.classroom()
        defer { classroom.remove() }
        _ = try await Self.seat(classroom, name: "张三", inputs: [classroom.bestInputs[0]])
        let code = classroom.code
        try await classroom.server.application().test(.router) { client in
            for uri in ["/trainer", "/trainer/dashboard.js", "/trainer/dashboard.css", "/api/classes/\(code)/dashboard",
                        "/api/classes/\(code)/graph", "/api/classes/\(code)/report.csv", "/trainer?token=wrong"] {
                try await client.execute(uri: uri, method: .get) { response in
                    #expect(response.status == .unauthorized, "\(uri)")
                    let body = String(buffer: response.body)
                    #expect(!body.contains(code) && !body.contains("张三") && !body.contains("<script"), "\(uri): \(body)")
                }
            }
            try await client.execute(uri: "/trainer", method: .get, headers: [.cookie: "spar_trainer=wrong"]) {
                #expect($0.status == .unauthorized)
            }
            let cookie = try await client.execute(uri: "/trainer?token=\(TestClassroom.token)&class=\(code)", method: .get) { response in
                #expect(response.status == .seeOther)
                #expect(response.headers[.location] == "/trainer?class=\(code)")
                let cookie = try #require(response.headers[.setCookie])
                #expect(cookie.contains("HttpOnly") && cookie.contains("SameSite=Strict"))
                return String(cookie.split(separator: ";")[0])
            }
            #expect(cookie == "spar_trainer=\(TestClassroom.token.addingPercentEncoding(withAllowedCharacters: .alphanumerics)!)")
            let page = try await client.execute(uri: "/trainer", method: .get, headers: [.cookie: "theme=dark; " + cookie]) { response in
                #expect(response.status == .ok)
                let policy = try #require(response.headers[.contentSecurityPolicy])
                #expect(policy.contains("script-src 'self'") && policy.contains("default-src 'none'") && !policy.contains("unsafe"))
                return String(buffer: response.body)
            }
            #expect(page.contains("<script src=\"/trainer/dashboard.js\" defer></script>"))
            #expect(!page.contains("<script>") && !page.contains("style=\""), "no inline script or style")
            for (asset, type) in [("dashboard.js", "text/javascript"), ("dashboard.css", "text/css")] {
                let body = try await client.execute(uri: "/trainer/\(asset)", method: .get, headers: [.cookie: cookie]) { response in
                    #expect(response.status == .ok)
                    #expect(response.headers[.contentType]?.hasPrefix(type) == true)
                    return String(buffer: response.body)
                }
                #expect(body.count > 1000)
                // Nothing is fetched from elsewhere (no CDN): the only URL is SVG's namespace.
                #expect(body.replacingOccurrences(of: "http://www.w3.org/2000/svg", with: "").range(of: "https?://", options: .regularExpression) == nil,
                        "\(asset) names another site")
            }
            try await client.execute(uri: "/api/classes/\(code)/dashboard", method: .get, headers: [.cookie: cookie]) { response in
                #expect(response.status == .ok)
                #expect(String(buffer: response.body).contains("张三"))
            }
        }
    }

    @Test("the roster puts each trainee at the node their answers led to; the heat map counts them and their choices",
          .timeLimit(.minutes(5)))
    func snapshotFollowsTheAnswers() async throws {
        let classroom = try Self.classroom()
        defer { classroom.remove() }
        let scenario = classroom.scenario
        let start = try #require(scenario.node(scenario.start))
        #expect(start.choices.count >= 2)
        let plays: [(String, [String])] = [("甲", ["1"]), ("乙", ["2"]), ("丙", ["1"]), ("丁", [])]
        for (name, inputs) in plays { _ = try await Self.seat(classroom, name: name, inputs: inputs) }
        let snapshot = await Self.snapshot(classroom)
        #expect(snapshot.roster.map(\.name) == plays.map(\.0))
        for (name, inputs) in plays {
            let local = Self.localSession(scenario, inputs)
            let trainee = try #require(snapshot.roster.first { $0.name == name })
            #expect(trainee.node == local.state.node, "\(name)")
            #expect(trainee.answered == inputs.count)
            #expect(trainee.status == .connected)
            #expect(trainee.elapsed == local.state.elapsed)
            for dimension in ScoreDimension.allCases where local.state.points(in: dimension) != 0 {
                #expect(trainee.points[dimension.rawValue] == local.state.points(in: dimension), "\(name) \(dimension)")
            }
        }
        let first = start.choices[0].goto, second = start.choices[1].goto
        let at = Dictionary(uniqueKeysWithValues: snapshot.heat.at.map { ($0.node, $0.count) })
        #expect(at[scenario.start] == 1)
        if first != second {
            #expect(at[first] == 2)
            #expect(at[second] == 1)
        }
        #expect(snapshot.heat.edges.map { "\($0.from)#\($0.choice)→\($0.to)×\($0.count)" }
                == ["\(scenario.start)#1→\(first)×2", "\(scenario.start)#2→\(second)×1"])
        let detail = try #require(snapshot.nodes.first { $0.node == scenario.start })
        #expect(detail.choices.map(\.number) == [1, 2], "only the options someone took")
        #expect(detail.choices.map(\.say) == [start.choices[0].say, start.choices[1].say])
        let pointsOfFirst = (Self.localSession(scenario, ["1"]).journal.first?.events ?? []).reduce(0) { $0 + $1.points }
        #expect(detail.choices[0].averagePoints == Double(pointsOfFirst))
        #expect(!snapshot.json.contains(start.choices.dropFirst(2).first?.say ?? "\u{0}"), "an option nobody took is not sent")
    }

    @Test("exam mode: while the class runs, no option text, truth or mistake reason reaches the browser; after the end they do",
          .timeLimit(.minutes(5)))
    func examWithholdsTheAnswers() async throws {
        let classroom = try Self.classroom(mode: .exam)
        defer { classroom.remove() }
        let scenario = classroom.scenario
        _ = try await Self.seat(classroom, name: "考生", inputs: classroom.bestInputsTyped)
        _ = try await Self.seat(classroom, name: "旁听", inputs: ["随便说说", "我们的价格最便宜"])
        let snapshot = await Self.snapshot(classroom)
        #expect(snapshot.classInfo.withheld)
        #expect(snapshot.roster.first?.status == .finished)
        let json = snapshot.json
        let graph = FlowGraph.make(scenario, choiceText: false, dotPath: GraphvizDot.path).json
        for node in scenario.nodes {
            for choice in node.choices where choice.say.count >= 6 {
                #expect(!json.contains(String(choice.say.prefix(6))), "\(node.id): \(choice.say)")
                #expect(!graph.contains(String(choice.say.prefix(6))), "graph: \(node.id): \(choice.say)")
            }
        }
        let checkpoint = try #require(snapshot.analytics.checkpoints.first, "the best path answers a classification checkpoint")
        #expect(checkpoint.truth == nil && checkpoint.correct == nil)
        #expect(snapshot.analytics.mistakes.allSatisfy { $0.reason == nil })
        #expect(!snapshot.leaderboard.visible, "exam mode: no leaderboard by default")
        try await classroom.server.application().test(.router) { client in
            let headers: HTTPFields = [.authorization: "Bearer \(TestClassroom.token)"]
            try await client.execute(uri: "/api/classes/\(classroom.code)/report.html", method: .get, headers: headers) { response in
                #expect(response.status == .conflict, "the exam's report, with its options and reasons, waits for the end")
            }
        }

        _ = try await classroom.hub.change(classroom.code) { $0.closed = true }
        let ended = await Self.snapshot(classroom)
        #expect(!ended.classInfo.withheld)
        let shown = try #require(ended.analytics.checkpoints.first)
        #expect(shown.truth?.isEmpty == false)
        #expect(shown.correct == shown.total, "the best path classifies right")
        #expect(ended.analytics.mistakes.isEmpty || ended.analytics.mistakes.allSatisfy { $0.reason != nil })
        #expect(ended.roster.first?.overall != nil)
        #expect(ended.analytics.dimensions.contains { $0.averagePercent != nil })
    }

    @Test("the live feed sends a snapshot at once and another within a second of an answer; a foreign page is refused",
          .timeLimit(.minutes(5)))
    func liveFeed() async throws {
        let classroom = try Self.classroom()
        defer { classroom.remove() }
        let line = classroom.bestInputs[0]
        try await classroom.server.withRunning { port in
            var logger = Logger(label: "dashboard-test")
            logger.logLevel = .critical
            let url = "ws://localhost:\(port)/api/classes/\(classroom.code)/live"
            let bearer: HTTPFields = [.authorization: "Bearer \(TestClassroom.token)"]
            let box = FrameBox()
            let answeredAt = LockedDictionary<String, Date>()
            _ = try await WebSocketClient.connect(url: url, configuration: .init(maxFrameSize: 1 << 22, additionalHeaders: bearer),
                                             logger: logger) { inbound, outbound, _ in
                for try await message in inbound.messages(maxSize: 1 << 22) {
                    guard case .text(let text) = message else { continue }
                    box.append(text)
                    if box.frames.count == 1 {
                        #expect(text.contains("\"roster\":[]"))
                        Task {
                            let seat = try await Self.seat(classroom, name: "Ada", inputs: [])
                            answeredAt.withLock { $0["answer"] = Date() }
                            await seat.receive(sequence: 1, text: line)
                        }
                    }
                    if text.contains("\"answered\":1") {
                        answeredAt.withLock { $0["shown"] = Date() }
                        break
                    }
                }
                try await outbound.close(.normalClosure, reason: nil)
            }
            let times = answeredAt.withLock { $0 }
            let answered = try #require(times["answer"]), shown = try #require(times["shown"])
            #expect(shown.timeIntervalSince(answered) < 1.0)

            // Refused: no token, or an upgrade from another site's page.
            var foreign = bearer
            foreign[.origin] = "http://evil.example"
            for headers in [HTTPFields(), foreign] {
                let received = FrameBox()
                do {
                    _ = try await WebSocketClient.connect(url: url, configuration: .init(additionalHeaders: headers), logger: logger) { inbound, _, _ in
                        for try await _ in inbound { received.append("frame"); break }
                    }
                } catch {}
                #expect(received.frames.isEmpty, "\(headers)")
            }
        }
    }

    @Test("after a restart, seats not back yet are read from the store: same node, points, heat and finished score",
          .timeLimit(.minutes(5)))
    func afterARestart() async throws {
        let classroom = try Self.classroom()
        defer { classroom.remove() }
        _ = try await Self.seat(classroom, name: "Gus", inputs: ["2", "1"])
        _ = try await Self.seat(classroom, name: "Hal", inputs: classroom.bestInputs)
        let before = await Self.snapshot(classroom)
        let restarted = try classroom.restarted()
        let after = await Self.snapshot(restarted)
        #expect(after.roster.map(\.status) == [.disconnected, .finished])
        for (old, new) in zip(before.roster, after.roster) {
            #expect(new.node == old.node, "\(new.name)")
            #expect(new.stage == old.stage, "\(new.name)")
            #expect(new.points == old.points, "\(new.name)")
            #expect(new.overall == old.overall && new.outcome == old.outcome, "\(new.name)")
        }
        #expect(after.heat.at.map { "\($0.node)×\($0.count)" } == before.heat.at.map { "\($0.node)×\($0.count)" })
        #expect(after.heat.edges.map(\.count) == before.heat.edges.map(\.count))
        #expect(after.analytics.mistakes.map(\.rule) == before.analytics.mistakes.map(\.rule))
    }

    @Test("a connected trainee silent for two minutes is lagging; not while the class is paused, nor a disconnected one",
          .timeLimit(.minutes(5)))
    func lagging() async throws {
        let classroom = try Self.classroom()
        defer { classroom.remove() }
        let seat = try await Self.seat(classroom, name: "Fay", inputs: ["1"])
        let live = try #require(classroom.hub.liveClass(classroom.code))
        let builder = DashboardSnapshotBuilder(live: live, store: classroom.store)
        let later = Date().addingTimeInterval(DashboardSnapshotBuilder.laggingAfter + 5)
        #expect(await builder.snapshot().roster.first?.lagging == false)
        #expect(await builder.snapshot(now: later).roster.first?.lagging == true)
        #expect((await builder.snapshot(now: later).roster.first?.idleSeconds ?? 0) >= Int(DashboardSnapshotBuilder.laggingAfter))
        _ = try await classroom.hub.change(classroom.code) { $0.paused = true }
        #expect(await builder.snapshot(now: later).roster.first?.lagging == false)
        _ = try await classroom.hub.change(classroom.code) { $0.paused = false }
        await seat.detach(try #require(await seat.outbox))
        let gone = await builder.snapshot(now: later).roster.first
        #expect(gone?.status == .disconnected && gone?.lagging == false)
    }

    @Test("leaderboard: off by default in exam mode, live in practice; at the end shows only once closed; aliases hide names",
          .timeLimit(.minutes(5)))
    func leaderboard() async throws {
        let classroom = try Self.classroom()
        defer { classroom.remove() }
        _ = try await Self.seat(classroom, name: "Bea", inputs: ["1"])
        _ = try await Self.seat(classroom, name: "Cai", inputs: ["2"])
        var snapshot = await Self.snapshot(classroom)
        #expect(snapshot.leaderboard.visible && snapshot.leaderboard.settings == .init(show: .live, names: .aliases))
        #expect(snapshot.leaderboard.entries.count == 2 && snapshot.leaderboard.entries.allSatisfy { $0.name == nil })
        let points = snapshot.leaderboard.entries.map(\.points)
        #expect(points == points.sorted(by: >))
        try await classroom.server.application().test(.router) { client in
            let headers: HTTPFields = [.authorization: "Bearer \(TestClassroom.token)"]
            try await client.execute(uri: "/api/classes/\(classroom.code)/leaderboard", method: .post, headers: headers,
                                     body: ByteBuffer(string: #"{"show":"end","names":"names"}"#)) { #expect($0.status == .ok) }
            try await client.execute(uri: "/api/classes/\(classroom.code)/leaderboard", method: .post, headers: headers,
                                     body: ByteBuffer(string: #"{"show":"always"}"#)) { #expect($0.status == .badRequest) }
        }
        snapshot = await Self.snapshot(classroom)
        #expect(!snapshot.leaderboard.visible && snapshot.leaderboard.entries.isEmpty)
        _ = try await classroom.hub.change(classroom.code) { $0.closed = true }
        snapshot = await Self.snapshot(classroom)
        #expect(snapshot.leaderboard.visible && Set(snapshot.leaderboard.entries.compactMap(\.name)) == ["Bea", "Cai"])
    }

    @Test("the class report downloads as HTML and CSV, one row per trainee's session", .timeLimit(.minutes(5)))
    func reportDownloads() async throws {
        let classroom = try Self.classroom()
        defer { classroom.remove() }
        _ = try await Self.seat(classroom, name: "Dee", inputs: classroom.bestInputs)
        _ = try await Self.seat(classroom, name: "Eve", inputs: ["1"])
        try await classroom.server.application().test(.router) { client in
            let headers: HTTPFields = [.authorization: "Bearer \(TestClassroom.token)"]
            let csv = try await client.execute(uri: "/api/classes/\(classroom.code)/report.csv", method: .get, headers: headers) { response in
                #expect(response.status == .ok)
                #expect(response.headers[.contentDisposition]?.contains("\(classroom.code)-report.csv") == true)
                return String(buffer: response.body)
            }
            let rows = csv.components(separatedBy: "\r\n").filter { !$0.isEmpty }
            #expect(rows.count == 3, "\(csv)")
            #expect(rows.dropFirst().contains { $0.contains("Dee") && $0.contains(",true,") && $0.contains("replayed") })
            let html = try await client.execute(uri: "/api/classes/\(classroom.code)/report.html?lang=en", method: .get, headers: headers) {
                #expect($0.status == .ok)
                return String(buffer: $0.body)
            }
            #expect(html.contains("<html") && html.contains("Dee") && html.contains("Eve"))
        }
    }

    @Test("without Graphviz the built-in layout draws every node and option with the ids the page marks up")
    func layeredLayout() throws {
        let scenario = try #require(ScenarioLoader.load(contentsOfFile: TestClassroom.shippedScenarioPath()).scenario)
        let numbered = FlowGraph.make(scenario, choiceText: false, dotPath: nil)
        #expect(numbered.engine == .layered)
        #expect(numbered.nodes.count == scenario.nodes.count)
        for node in numbered.nodes { #expect(numbered.svg.contains("id=\"\(node.element)\"")) }
        for edge in numbered.edges { #expect(numbered.svg.contains("id=\"\(edge.element)\"")) }
        #expect(numbered.edges.count == scenario.nodes.reduce(0) { $0 + $1.choices.count })
        let worded = FlowGraph.make(scenario, choiceText: true, dotPath: nil)
        let say = try #require(scenario.node(scenario.start)?.choices.first?.say)
        #expect(worded.svg.contains(HTMLEscape.text(String(say.prefix(6)))))
        #expect(!numbered.svg.contains(HTMLEscape.text(String(say.prefix(6)))))
        let layers = LayeredLayout(scenario: scenario, stages: [:], choiceText: false).layers(scenario.nodes.map(\.id))
        #expect(layers.first == [scenario.start])
        #expect(Set(layers.joined()) == Set(scenario.nodes.map(\.id)))
        let dot = ScenarioGraph.dotForLayout(scenario, choiceText: false)
        #expect(dot.contains("id=\"n0\"") && dot.contains("id=\"e0_1\""))
    }
}
