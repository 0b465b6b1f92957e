/// The scenario's nodes as numbers and its gotos as lists of numbers, built once: the graph-level
/// passes (reachability, routes, loops) then run on integers in linear time, whatever the size.
struct NodeGraph {
    /// Node number by id (the first node of an id wins, as in `Scenario.node(_:)`).
    let index: [String: Int]
    /// For each node, the number each choice leads to, in choice order; -1 when the goto names no node.
    let targets: [[Int]]
    let start: Int?

    init(_ scenario: Scenario) {
        var index: [String: Int] = [:]
        index.reserveCapacity(scenario.nodes.count)
        for (number, node) in scenario.nodes.enumerated() where index[node.id] == nil { index[node.id] = number }
        self.index = index
        targets = scenario.nodes.map { node in node.choices.map { index[$0.goto] ?? -1 } }
        start = index[scenario.start]
    }

    var count: Int { targets.count }

    /// Existing nodes each node leads to, in choice order.
    func successors(_ node: Int) -> [Int] { targets[node].filter { $0 >= 0 } }

    /// Nodes some chain of gotos reaches from the start, conditions aside.
    func reachable() -> [Bool] {
        var seen = Array(repeating: false, count: count)
        guard let start else { return seen }
        seen[start] = true
        var stack = [start]
        while let node = stack.popLast() {
            for next in targets[node] where next >= 0 && !seen[next] {
                seen[next] = true
                stack.append(next)
            }
        }
        return seen
    }

    /// Fewest choices from the start to each of `wanted` (breadth first, conditions aside), as the
    /// positions (from 1) of the choices taken; nodes no route reaches are left out.
    func shortestRoutes(to wanted: [Int]) -> [Int: [Int]] {
        var parent = Array(repeating: (node: -1, choice: -1), count: count)
        var seen = Array(repeating: false, count: count)
        guard let start else { return [:] }
        seen[start] = true
        var queue = [start]
        var head = 0
        while head < queue.count {
            let node = queue[head]
            head += 1
            for (position, next) in targets[node].enumerated() where next >= 0 && !seen[next] {
                seen[next] = true
                parent[next] = (node, position + 1)
                queue.append(next)
            }
        }
        var routes: [Int: [Int]] = [:]
        for node in wanted where seen[node] {
            var route: [Int] = []
            var cursor = node
            while parent[cursor].node >= 0 {
                route.append(parent[cursor].choice)
                cursor = parent[cursor].node
            }
            routes[node] = route.reversed()
        }
        return routes
    }
}
