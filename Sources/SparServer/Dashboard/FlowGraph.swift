import Foundation
import SalesMethod
import SparKit

/// The scenario's flow graph for the dashboard, laid out on the server: by Graphviz `dot` when it
/// is installed (the same graph `spar graph` prints), else by `LayeredLayout`. Either way each
/// node's SVG element is `n<position>` and each option's `e<position>_<number>`, which the page
/// marks up with the class's counts.
struct FlowGraph: Sendable, Encodable {
    struct Node: Sendable, Encodable {
        var id: String
        var element: String
        var stage: LifecycleStage?
        var outcome: Outcome?
        var ask: Checkpoint?
    }

    struct Edge: Sendable, Encodable {
        var from: String
        var choice: Int
        var to: String
        var element: String
    }

    enum Engine: String, Sendable, Encodable { case dot, layered }

    var engine: Engine
    var svg: String
    var nodes: [Node]
    var edges: [Edge]
    var stageColours: [String: String]
    var outcomeColours: [String: String]

    /// Laid out once per scenario version and label kind for the server's life.
    static func cached(_ scenario: Scenario, choiceText: Bool) -> FlowGraph {
        let key = "\(scenario.sha256)/\(choiceText)"
        if let known = cache.withLock({ $0[key] }) { return known }
        let graph = make(scenario, choiceText: choiceText)
        cache.withLock { $0[key] = graph }
        return graph
    }

    private static let cache = LockedDictionary<String, FlowGraph>()

    static func make(_ scenario: Scenario, choiceText: Bool, dotPath: String? = GraphvizDot.path) -> FlowGraph {
        let stages = ScenarioGraph.effectiveStages(scenario)
        var nodes: [Node] = []
        var edges: [Edge] = []
        for (position, node) in scenario.nodes.enumerated() {
            nodes.append(Node(id: node.id, element: "n\(position)", stage: stages[node.id], outcome: node.end?.outcome, ask: node.ask))
            for (index, choice) in node.choices.enumerated() where scenario.node(choice.goto) != nil {
                edges.append(Edge(from: node.id, choice: index + 1, to: choice.goto, element: "e\(position)_\(index + 1)"))
            }
        }
        var engine = Engine.layered
        var svg: String?
        if let dotPath {
            svg = GraphvizDot.svg(ScenarioGraph.dotForLayout(scenario, choiceText: choiceText), dot: dotPath)
            if svg != nil { engine = .dot }
        }
        return FlowGraph(
            engine: engine, svg: svg ?? LayeredLayout(scenario: scenario, stages: stages, choiceText: choiceText).svg(),
            nodes: nodes, edges: edges,
            stageColours: Dictionary(uniqueKeysWithValues: ScenarioGraph.stageColours.map { ($0.key.rawValue, $0.value) }),
            outcomeColours: Dictionary(uniqueKeysWithValues: ScenarioGraph.outcomeShapes.map { ($0.key.rawValue, $0.value.colour) }))
    }

    var json: String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        encoder.keyEncodingStrategy = .convertToSnakeCase
        return String(decoding: (try? encoder.encode(self)) ?? Data("{}".utf8), as: UTF8.self)
    }
}

/// A dictionary behind a lock, for caches shared by request handlers.
final class LockedDictionary<Key: Hashable & Sendable, Value: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private var values: [Key: Value] = [:]

    func withLock<T>(_ body: (inout [Key: Value]) -> T) -> T { lock.withLock { body(&values) } }
}
