import Foundation
import SalesMethod
import SparClassroom
import SparKit

/// Reads every seat of a class and folds them into the dashboard's snapshot: the roster, the heat
/// map's counts, each node's answers, the class's analytics and the leaderboard.
struct DashboardSnapshotBuilder: Sendable {
    /// A connected trainee who has not answered for this long, while play could go on, is lagging.
    static let laggingAfter: TimeInterval = 120
    static let mistakesShown = 8

    let live: LiveClass
    let store: any ClassroomStore

    func snapshot(now: Date = Date()) async -> DashboardSnapshot {
        let scenario = live.scenario.scenario
        let settings = live.settings
        let withheld = live.record.mode == .exam && !settings.closed
        var views: [SeatView] = []
        for seat in live.seats {
            views.append(await seat.dashboardView(stored: { id in live.activity.storedView(seat: id) { storedView(id, scenario) } }))
        }
        let released = live.releasedStage
        let classInfo = DashboardSnapshot.ClassInfo(
            code: live.code, name: live.record.name, title: scenario.title, scenario: scenario.id, mode: live.record.mode,
            language: scenario.language, settings: settings, releasedStage: released, nextStage: released?.next,
            minutes: scenario.meeting.minutes, windowOpensAt: scenario.meeting.windowOpensAt, withheld: withheld,
            labels: .shared)
        return DashboardSnapshot(
            generated: now, classInfo: classInfo,
            roster: views.map { trainee($0, settings: settings, now: now) },
            heat: heat(views, scenario: scenario),
            nodes: nodeDetails(views, scenario: scenario, withheld: withheld),
            analytics: analytics(views, scenario: scenario, withheld: withheld),
            leaderboard: leaderboard(views, settings: settings))
    }

    private func storedView(_ seat: Int64, _ scenario: Scenario) -> StoredSeatView? {
        guard let lines = try? store.entries(seatID: seat) else { return nil }
        return StoredSeatView(lines: lines, scenario: scenario)
    }

    private func trainee(_ view: SeatView, settings: ClassSettings, now: Date) -> DashboardSnapshot.Trainee {
        let idle = live.activity.lastActivity(seat: view.seat).map { Int(now.timeIntervalSince($0)) }
        let playing = view.status == .connected && !view.waiting && !settings.paused && !settings.closed
        return DashboardSnapshot.Trainee(
            seat: view.seat, name: view.trainee, status: view.status,
            lagging: playing && (idle.map { Double($0) >= Self.laggingAfter } ?? false), idleSeconds: idle,
            waiting: view.waiting, answered: view.answered, node: view.node, stage: view.stage, elapsed: view.elapsed,
            points: Dictionary(uniqueKeysWithValues: view.points.map { ($0.key.rawValue, $0.value) }),
            outcome: view.outcome, overall: view.overall, passed: view.passed)
    }

    private func heat(_ views: [SeatView], scenario: Scenario) -> DashboardSnapshot.Heat {
        var at: [String: Int] = [:]
        for view in views where view.status != .kicked {
            if let node = view.node { at[node, default: 0] += 1 }
        }
        var edges: [String: DashboardSnapshot.Edge] = [:]
        for view in views {
            for record in view.records where record.type == .turn {
                guard let from = record.node, let number = record.matched, let choices = scenario.node(from)?.choices,
                      choices.indices.contains(number - 1) else { continue }
                edges["\(from)\u{0}\(number)", default: .init(from: from, choice: number, to: choices[number - 1].goto, count: 0)].count += 1
            }
        }
        return .init(at: at.sorted { $0.key < $1.key }.map { .init(node: $0.key, count: $0.value) }, edges: edges.values.sorted { ($0.from, $0.choice) < ($1.from, $1.choice) })
    }

    private func nodeDetails(_ views: [SeatView], scenario: Scenario, withheld: Bool) -> [DashboardSnapshot.NodeDetail] {
        var tally = NodeChoiceTally()
        for view in views {
            for record in view.records { tally.add(record, scenario: scenario.id) }
        }
        var details: [DashboardSnapshot.NodeDetail] = []
        for node in tally.sortedNodes {
            let choices = node.sortedChoices.filter { $0.count > 0 }.map { choice in
                DashboardSnapshot.ChoiceDetail(number: choice.number, say: withheld ? nil : choice.say, count: choice.count,
                                               averagePoints: (choice.averagePoints * 10).rounded() / 10)
            }
            details.append(.init(node: node.key.node, answers: node.answers, unmatched: node.unmatched, unclear: node.unclear, choices: choices))
        }
        return details
    }

    private func analytics(_ views: [SeatView], scenario: Scenario, withheld: Bool) -> DashboardSnapshot.Analytics {
        let playing = views.filter { !$0.records.isEmpty || $0.overall != nil }
        let finished = views.filter { $0.overall != nil }
        let dimensions = ScoreDimension.allCases.compactMap { dimension -> DashboardSnapshot.DimensionAverage? in
            let percents = finished.compactMap { $0.percents[dimension] }
            let points = playing.map { $0.points[dimension] ?? 0 }
            guard !percents.isEmpty || points.contains(where: { $0 != 0 }) else { return nil }
            let name = LocalizedName(zh: dimension.name(.zh), en: dimension.name(.en))
            return .init(dimension: dimension, name: name, averagePercent: Self.mean(percents), finished: percents.count,
                         averagePoints: Self.mean(points) ?? 0)
        }
        // Mistakes as the class report counts them (answers taken back left out), worded in both languages.
        var chinese = MistakeTally(), english = MistakeTally()
        for (session, view) in views.enumerated() {
            let undone = UndoneRecords.indices(in: view.records)
            for (index, record) in view.records.enumerated() where !undone.contains(index) {
                for event in record.events ?? [] where event.points < 0 {
                    var worded = event
                    worded.reason = event.reason(in: .zh)
                    chinese.add(worded, language: .zh, trainee: "\(view.seat)", session: session)
                    worded.reason = event.reason(in: .en)
                    english.add(worded, language: .en, trainee: "\(view.seat)", session: session)
                }
            }
        }
        let mistakes = chinese.top(Self.mistakesShown).map { entry in
            DashboardSnapshot.Mistake(
                rule: entry.rule, dimension: entry.dimension, count: entry.count, trainees: entry.trainees.count,
                reason: withheld ? nil : LocalizedName(zh: entry.representativeReason(.zh),
                                                       en: english.entries[entry.rule]?.representativeReason(.en) ?? entry.rule))
        }
        return .init(dimensions: dimensions, mistakes: mistakes, checkpoints: checkpoints(views, scenario: scenario, withheld: withheld),
                     finished: finished.count, sessions: playing.count)
    }

    /// The mean to one decimal; nil for no values.
    static func mean(_ values: [Int]) -> Double? {
        guard !values.isEmpty else { return nil }
        let total = Double(values.reduce(0, +))
        return (total / Double(values.count) * 10).rounded() / 10
    }

    /// At each classification checkpoint: the classes given, and (not withheld) how many were right and what was true.
    private func checkpoints(_ views: [SeatView], scenario: Scenario, withheld: Bool) -> [DashboardSnapshot.Checkpoint] {
        struct Spread { var given: [String: Int] = [:], truth: [String: Int] = [:], correct = 0, total = 0 }
        var spreads: [String: Spread] = [:]
        var order: [String] = []
        for view in views {
            let undone = UndoneRecords.indices(in: view.records)
            for (index, record) in view.records.enumerated() where record.type == .classify && !undone.contains(index) {
                guard let node = record.node, scenario.node(node)?.ask == .classify, let given = record.given else { continue }
                if spreads[node] == nil { order.append(node) }
                spreads[node, default: Spread()].given[given, default: 0] += 1
                spreads[node]!.total += 1
                if let expected = record.expected {
                    spreads[node]!.truth[expected, default: 0] += 1
                    if expected == given { spreads[node]!.correct += 1 }
                }
            }
        }
        func counts(_ table: [String: Int]) -> [DashboardSnapshot.ClassCount] {
            table.sorted { $0.key < $1.key }.map { .init(given: $0.key, count: $0.value) }
        }
        let positions = Dictionary(scenario.nodes.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { a, _ in a })
        return order.sorted { (positions[$0] ?? 0) < (positions[$1] ?? 0) }.map { node in
            let spread = spreads[node]!
            return .init(node: node, answers: counts(spread.given), total: spread.total,
                         correct: withheld ? nil : spread.correct, truth: withheld ? nil : counts(spread.truth))
        }
    }

    private func leaderboard(_ views: [SeatView], settings: ClassSettings) -> DashboardSnapshot.Leaderboard {
        let board = live.activity.leaderboard
        let visible = board.show == .live || (board.show == .end && settings.closed)
        guard visible else { return .init(settings: board, visible: false, entries: []) }
        let ranked = views.filter { $0.status != .kicked && (!$0.records.isEmpty || $0.overall != nil) }.map { view in
            (view: view, points: view.points.values.reduce(0, +))
        }.sorted { a, b in
            switch (a.view.overall, b.view.overall) {
            case (let x?, let y?) where x != y: return x > y
            case (.some, nil): return true
            case (nil, .some): return false
            default: return a.points != b.points ? a.points > b.points : a.view.seat < b.view.seat
            }
        }
        var entries: [DashboardSnapshot.Rank] = []
        for (index, item) in ranked.enumerated() {
            let previous = entries.last
            let tied = previous.map { $0.overall == item.view.overall && $0.points == item.points } ?? false
            entries.append(.init(rank: tied ? previous!.rank : index + 1, seat: item.view.seat,
                                 name: board.names == .names ? item.view.trainee : nil, overall: item.view.overall,
                                 points: item.points, finished: item.view.overall != nil))
        }
        return .init(settings: board, visible: true, entries: entries)
    }
}
