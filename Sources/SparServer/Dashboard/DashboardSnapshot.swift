import Foundation
import SalesMethod
import SparClassroom
import SparKit

/// Everything the dashboard shows of one class at one moment, as sent to the browser. It carries
/// aggregates and what the class did, never the scenario's scoring keys: no points of options
/// nobody took, and in exam mode, while the class runs, neither the options' texts nor the
/// classification's truth nor mistakes' reasons (a projector would show them to the room).
struct DashboardSnapshot: Sendable, Encodable {
    var generated: Date
    var classInfo: ClassInfo
    var roster: [Trainee]
    var heat: Heat
    var nodes: [NodeDetail]
    var analytics: Analytics
    var leaderboard: Leaderboard

    enum CodingKeys: String, CodingKey { case generated, classInfo = "class", roster, heat, nodes, analytics, leaderboard }

    struct ClassInfo: Sendable, Encodable {
        var code: String
        var name: String?
        var title: String
        var scenario: String
        var mode: SessionMode
        var language: Language
        var settings: ClassSettings
        /// The stage trainees may enter now (paced by stage), and the next one a release opens.
        var releasedStage: LifecycleStage?
        var nextStage: LifecycleStage?
        var minutes: Int
        var windowOpensAt: Int
        /// Whether answers' hidden parts (option texts, the truth) are withheld: exam mode, class open.
        var withheld: Bool
        var labels: Labels
    }

    /// The method's names in both languages, for the page to show in the one chosen.
    struct Labels: Sendable, Encodable {
        var stages: [String: LocalizedName]
        var outcomes: [String: LocalizedName]
        var dimensions: [String: LocalizedName]

        static let shared = Labels(
            stages: Dictionary(uniqueKeysWithValues: LifecycleStage.allCases.map { ($0.rawValue, $0.name) }),
            outcomes: Dictionary(uniqueKeysWithValues: Outcome.allCases.map { ($0.rawValue, LocalizedName(zh: $0.name(.zh), en: $0.name(.en))) }),
            dimensions: Dictionary(uniqueKeysWithValues: ScoreDimension.allCases.map { ($0.rawValue, LocalizedName(zh: $0.name(.zh), en: $0.name(.en))) }))
    }

    struct Trainee: Sendable, Encodable {
        var seat: Int64
        var name: String
        var status: RosterEntry.Status
        var lagging: Bool
        var idleSeconds: Int?
        var waiting: Bool
        var answered: Int
        var node: String?
        var stage: LifecycleStage?
        var elapsed: Int?
        var points: [String: Int]
        var outcome: Outcome?
        var overall: Int?
        var passed: Bool?
    }

    struct Heat: Sendable, Encodable {
        /// Trainees standing at each node now (finished ones at their ending). A list, not a map:
        /// node ids stay as written (the encoder's snake_case would rewrite a map's keys).
        var at: [NodeCount]
        /// Answers taken along each option: how the class split at each choice.
        var edges: [Edge]
    }

    struct NodeCount: Sendable, Encodable {
        var node: String
        var count: Int
    }

    struct Edge: Sendable, Encodable {
        var from: String
        var choice: Int
        var to: String
        var count: Int
    }

    struct NodeDetail: Sendable, Encodable {
        var node: String
        var answers: Int
        var unmatched: Int
        var unclear: Int
        /// Only the options someone took.
        var choices: [ChoiceDetail]
    }

    struct ChoiceDetail: Sendable, Encodable {
        var number: Int
        /// Nil while withheld.
        var say: String?
        var count: Int
        var averagePoints: Double
    }

    struct Analytics: Sendable, Encodable {
        /// Per dimension: the finished sessions' average percentage, and all sessions' average points so far.
        var dimensions: [DimensionAverage]
        var mistakes: [Mistake]
        var checkpoints: [Checkpoint]
        var finished: Int
        var sessions: Int
    }

    struct DimensionAverage: Sendable, Encodable {
        var dimension: ScoreDimension
        var name: LocalizedName
        var averagePercent: Double?
        var finished: Int
        var averagePoints: Double
    }

    struct Mistake: Sendable, Encodable {
        var rule: String
        var dimension: ScoreDimension
        var count: Int
        var trainees: Int
        /// The most frequent reason, in each language; nil while withheld.
        var reason: LocalizedName?
    }

    struct Checkpoint: Sendable, Encodable {
        var node: String
        var answers: [ClassCount]
        var total: Int
        /// Nil while withheld.
        var correct: Int?
        var truth: [ClassCount]?
    }

    struct ClassCount: Sendable, Encodable {
        var given: String
        var count: Int
    }

    struct Leaderboard: Sendable, Encodable {
        var settings: LeaderboardSettings
        /// Whether the ranking is shown now (live, or at the end once the class is closed).
        var visible: Bool
        var entries: [Rank]
    }

    struct Rank: Sendable, Encodable {
        var rank: Int
        var seat: Int64
        /// Nil when the board shows aliases: the browser names the seat itself.
        var name: String?
        var overall: Int?
        var points: Int
        var finished: Bool
    }

    var json: String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .iso8601
        encoder.keyEncodingStrategy = .convertToSnakeCase
        return String(decoding: (try? encoder.encode(self)) ?? Data("{}".utf8), as: UTF8.self)
    }
}
