import SalesMethod

/// A node without its own `stage` or `buying` plays in whatever the path into it left in force.
/// When two paths leave different ones, the same answer there is scored against different
/// moments (a close "in sync" on one path is "pushing ahead" on the other): lint names the node,
/// the values and a node each comes from, so the author can give it its own.
enum InheritedStateCheck {
    static let none = "none"

    static func warnings(_ scenario: Scenario) -> [Diagnostic] {
        check(scenario, kind: "stage", own: { $0.stage?.rawValue }) + check(scenario, kind: "buying phase", own: { $0.buying?.rawValue })
    }

    /// For every node the start reaches, the values that can be in force on arriving there, each
    /// with one node it arrives from; a worklist pass, each node's set growing at most to the
    /// number of values, so it stays linear in the choices whatever the size.
    static func check(_ scenario: Scenario, kind: String, own: (ScenarioNode) -> String?) -> [Diagnostic] {
        guard let start = scenario.node(scenario.start) else { return [] }
        var arriving: [String: [String: String]] = [:]   // node → value in force on arrival → a node it came from
        var inForce: [String: Set<String>] = [:]         // node → values in force inside it
        // "none" is a value too: a path that never set one leaves none in force.
        inForce[start.id] = [own(start) ?? none]
        var work = [start.id]
        var queued: Set<String> = [start.id]
        while let id = work.popLast() {
            queued.remove(id)
            guard let node = scenario.node(id) else { continue }
            let values = inForce[id] ?? []
            for choice in node.choices {
                guard let next = scenario.node(choice.goto) else { continue }
                var changed = false
                for value in values where arriving[next.id]?[value] == nil {
                    arriving[next.id, default: [:]][value] = id
                    changed = true
                }
                let nextValues: Set<String> = own(next).map { [$0] } ?? Set((arriving[next.id] ?? [:]).keys)
                if nextValues != inForce[next.id] || (inForce[next.id] == nil) {
                    inForce[next.id] = nextValues
                    changed = true
                }
                if changed && queued.insert(next.id).inserted { work.append(next.id) }
            }
        }
        var found: [Diagnostic] = []
        for node in scenario.nodes where own(node) == nil && node.end == nil {
            guard let sources = arriving[node.id], sources.count > 1 else { continue }
            let listed = sources.sorted { $0.key < $1.key }.map { "\($0.key) (from '\($0.value)')" }.joined(separator: ", ")
            found.append(.warning(.inheritedStateDiffers,
                                  "node '\(node.id)' has no \(kind) of its own and inherits different ones by path: \(listed); give it its own so every path scores it alike",
                                  at: node.location, length: node.id.count))
        }
        return found
    }
}
