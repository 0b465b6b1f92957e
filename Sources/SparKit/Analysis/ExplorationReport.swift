import Foundation
import SalesMethod

/// What `spar explore` reports: reachable endings with the shortest way to each, meeting lengths,
/// best and worst scores with a path to each, sizes, and (given transcripts) what no one has played.
public struct ExplorationReport: Sendable {
    public struct Ending: Sendable, Hashable, Codable {
        public var node: String
        public var outcome: Outcome
        public var reachable: Bool
        /// Fewest answers to get there, or nil when unreachable.
        public var shortest: Int?
        public var path: [Int]?
        /// Outcomes play actually gives there (the method may turn signed into follow-up).
        public var outcomesInPlay: [Outcome]
    }

    public struct Score: Sendable, Hashable, Codable {
        public var overall: Int
        public var dimensions: [String: Int]
        public var points: Int
        public var path: [Int]
        public var outcome: Outcome?
    }

    public var scenario: String
    public var nodes: Int
    public var choices: Int
    /// Distinct start-to-ending routes through the node graph; saturates at Int.max.
    public var paths: Int
    public var pathsUnbounded: Bool
    public var endings: [Ending]
    public var minutes: ClosedRange<Int>?
    public var best: Score
    public var worst: Score
    public var dimensionBest: [String: ScenarioAnalysis.Extreme]
    public var dimensionWorst: [String: ScenarioAnalysis.Extreme]
    public var exhaustive: Bool
    /// True when the play space is too large to search exactly and the figures are the graph-level
    /// estimates (see `ScenarioAnalysis`).
    public var estimated: Bool
    public var states: Int
    public var unvisitedNodes: [String]?
    public var unvisitedChoices: [ChoiceReference]?
    public var transcriptsRead: Int?

    public init(scenario: Scenario, transcriptsFolder: String? = nil) {
        let analysis = ScenarioAnalysis(scenario: scenario)
        self.scenario = scenario.id
        nodes = scenario.nodes.count
        choices = scenario.nodes.reduce(0) { $0 + $1.choices.count }
        (paths, pathsUnbounded) = Self.countPaths(scenario)
        let shortest = analysis.shortestPaths
        endings = scenario.nodes.compactMap { node in
            guard let end = node.end else { return nil }
            let found = analysis.endings[node.id]
            return Ending(node: node.id, outcome: end.outcome, reachable: found != nil,
                          shortest: found == nil ? nil : shortest[node.id]?.count, path: found == nil ? nil : shortest[node.id],
                          outcomesInPlay: (found ?? []).sorted { $0.rawValue < $1.rawValue })
        }
        minutes = analysis.elapsedRange
        let bestScores = BestScores(points: Dictionary(uniqueKeysWithValues: analysis.best.map { ($0.key, $0.value.points) })
                                        .merging([.people: 3 * scenario.contacts.count]) { $0 + $1 },
                                    total: analysis.bestTotal.points, exhaustive: analysis.exhaustive)
        best = Self.score(scenario, path: analysis.bestTotal.path, best: bestScores, mapsPerfectly: true)
        worst = Self.score(scenario, path: analysis.worstTotal.path, best: bestScores, mapsPerfectly: false)
        dimensionBest = Dictionary(uniqueKeysWithValues: analysis.best.map { ($0.key.rawValue, $0.value) })
        dimensionWorst = Dictionary(uniqueKeysWithValues: analysis.worst.map { ($0.key.rawValue, $0.value) })
        exhaustive = analysis.exhaustive
        estimated = analysis.estimated
        states = analysis.states
        if let folder = transcriptsFolder { addCoverage(scenario, folder: folder) }
    }

    /// Plays a path of choice numbers (checkpoints answered perfectly, no /map) and scores it.
    static func score(_ scenario: Scenario, path: [Int], best: BestScores, mapsPerfectly: Bool) -> Score {
        let space = PlaySpace(scenario: scenario)
        var session = space.root()
        var events = session.state.events
        for number in path {
            guard let move = space.moves(from: session).first(where: { $0.number == number }) else { break }
            session = move.next
            events += move.gained
        }
        // A best play also maps every contact right (open at any moment with /map).
        if mapsPerfectly {
            for contact in scenario.contacts {
                let before = session.state.events.count
                _ = session.handle("/map \(contact.id) \(contact.role.rawValue) \(session.attitude(of: contact).rawValue) \(contact.style.rawValue)")
                events += session.state.events.dropFirst(before)
            }
        }
        var state = session.state
        state.events = events
        let card = Scorecard(state: state, scenario: scenario, best: best)
        return Score(overall: card.overall, dimensions: card.dimensionPercents,
                     points: events.reduce(0) { $0 + $1.points }, path: path, outcome: card.outcome)
    }

    /// Routes from the start to an ending in the node graph, conditions aside: a linear pass
    /// over the graph in topological order (never an enumeration); loops make the count unbounded.
    static func countPaths(_ scenario: Scenario) -> (Int, Bool) {
        let reachable = ScenarioValidator.staticallyReachable(scenario)
        var memo: [String: Int] = [:]
        var state: [String: Int] = [:]   // 1 = in progress, 2 = done
        var unbounded = false
        var order: [String] = []
        // Iterative post-order DFS.
        var stack: [(String, Int)] = [(scenario.start, 0)]
        state[scenario.start] = 1
        while let (id, position) = stack.last {
            let next = (scenario.node(id)?.choices ?? []).map(\.goto).filter { scenario.node($0) != nil }
            if position < next.count {
                stack[stack.count - 1].1 += 1
                let target = next[position]
                switch state[target] {
                case nil: state[target] = 1; stack.append((target, 0))
                case 1?: unbounded = true
                default: break
                }
                continue
            }
            stack.removeLast()
            state[id] = 2
            order.append(id)
        }
        for id in order where reachable.contains(id) {
            guard let node = scenario.node(id) else { continue }
            if node.end != nil || node.choices.isEmpty { memo[id] = 1; continue }
            var total = 0
            for choice in node.choices {
                let (sum, overflow) = total.addingReportingOverflow(memo[choice.goto] ?? 0)
                total = overflow ? Int.max : sum
            }
            memo[id] = total
        }
        return (memo[scenario.start] ?? 0, unbounded)
    }

    mutating func addCoverage(_ scenario: Scenario, folder: String) {
        var visitedNodes: Set<String> = [scenario.start]
        var visitedChoices: Set<ChoiceReference> = []
        var read = 0
        for file in FolderFiles.list(in: folder, extensions: ["jsonl"]) {
            guard case .success(let transcript) = Transcript.read(path: file), transcript.header.scenario == scenario.id else { continue }
            read += 1
            for record in transcript.records where record.type == .turn {
                guard let id = record.node, let node = scenario.node(id) else { continue }
                visitedNodes.insert(id)
                if let index = node.choices.firstIndex(where: { $0.say == record.say }) {
                    visitedChoices.insert(ChoiceReference(node: id, index: index))
                    visitedNodes.insert(node.choices[index].goto)
                }
            }
        }
        transcriptsRead = read
        unvisitedNodes = scenario.nodes.map(\.id).filter { !visitedNodes.contains($0) }
        unvisitedChoices = scenario.nodes.flatMap { node in
            node.choices.indices.map { ChoiceReference(node: node.id, index: $0) }.filter { !visitedChoices.contains($0) }
        }
    }

    // MARK: - Output

    public func json() -> String {
        struct Output: Encodable {
            var scenario: String
            var counts: [String: Int]
            var paths_unbounded: Bool
            var endings: [Ending]
            var minutes: [Int]?
            var best: Score
            var worst: Score
            var dimension_best: [String: ScenarioAnalysis.Extreme]
            var dimension_worst: [String: ScenarioAnalysis.Extreme]
            var exhaustive: Bool
            var estimated: Bool
            var coverage: Coverage?
        }
        struct Coverage: Encodable {
            var transcripts: Int
            var unvisited_nodes: [String]
            var unvisited_choices: [ChoiceReference]
        }
        let output = Output(
            scenario: scenario, counts: ["nodes": nodes, "choices": choices, "paths": paths, "states": states],
            paths_unbounded: pathsUnbounded, endings: endings, minutes: minutes.map { [$0.lowerBound, $0.upperBound] },
            best: best, worst: worst, dimension_best: dimensionBest, dimension_worst: dimensionWorst, exhaustive: exhaustive, estimated: estimated,
            coverage: transcriptsRead.map { Coverage(transcripts: $0, unvisited_nodes: unvisitedNodes ?? [], unvisited_choices: unvisitedChoices ?? []) })
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return (try? encoder.encode(output)).map { String(decoding: $0, as: UTF8.self) } ?? "{}"
    }

    public func text() -> String {
        var lines: [String] = []
        let pathCount = paths == Int.max ? "more than \(Int.max)" : "\(paths)"
        let routes = "\(scenario): \(nodes) nodes, \(choices) choices, \(pathCount) routes\(pathsUnbounded ? " (more through loops in the node graph)" : "")"
        let estimate = estimated ? " (estimate)" : ""
        if estimated {
            lines.append("\(routes); more play states than an exact search takes (\(PlaySpace.stateLimit)): figures marked (estimate) come from \(states) method states, endings and shortest routes from the node graph, conditions aside")
        } else {
            lines.append("\(routes), \(states) play states\(exhaustive ? "" : " (search stopped at its limit)")")
        }
        if let minutes { lines.append("meeting length\(estimate): \(minutes.lowerBound)–\(minutes.upperBound) minutes") }
        lines.append("endings:")
        for ending in endings {
            if ending.reachable {
                let adjusted = ending.outcomesInPlay == [ending.outcome] ? "" : " (in play: \(ending.outcomesInPlay.map(\.rawValue).joined(separator: ", ")))"
                lines.append("  \(ending.node) [\(ending.outcome.rawValue)]\(adjusted): shortest \(ending.shortest ?? 0) answers: \(ending.path?.map(String.init).joined(separator: " ") ?? "")")
            } else {
                lines.append("  \(ending.node) [\(ending.outcome.rawValue)]: UNREACHABLE")
            }
        }
        lines.append("best\(estimate):  overall \(best.overall) (\(best.outcome?.rawValue ?? "-")), path \(best.path.map(String.init).joined(separator: " "))")
        lines.append("worst\(estimate): overall \(worst.overall) (\(worst.outcome?.rawValue ?? "-")), path \(worst.path.map(String.init).joined(separator: " "))")
        lines.append("per dimension (points, best / worst)\(estimated ? " (estimates)" : ""):")
        for dimension in ScoreDimension.allCases {
            let high = dimensionBest[dimension.rawValue]?.points ?? 0, low = dimensionWorst[dimension.rawValue]?.points ?? 0
            lines.append("  \(dimension.rawValue.padding(toLength: 15, withPad: " ", startingAt: 0)) \(high) / \(low)")
        }
        if let unvisitedNodes, let unvisitedChoices, let transcriptsRead {
            lines.append("coverage over \(transcriptsRead) transcripts: \(unvisitedNodes.count) nodes and \(unvisitedChoices.count) choices never played")
            if !unvisitedNodes.isEmpty { lines.append("  nodes: \(unvisitedNodes.joined(separator: ", "))") }
            for reference in unvisitedChoices { lines.append("  choice \(reference.index + 1) of \(reference.node)") }
        }
        return lines.joined(separator: "\n")
    }
}
