extension NodeGraph {
    /// Nodes that lie on some loop of gotos (a strongly connected component of more than one node,
    /// or a node leading to itself): only they can be entered twice on one path. Tarjan's
    /// algorithm with its own stack, linear in nodes and gotos.
    func nodesOnCycles() -> [Bool] {
        var onCycle = Array(repeating: false, count: count)
        var order = Array(repeating: -1, count: count)
        var low = Array(repeating: 0, count: count)
        var onStack = Array(repeating: false, count: count)
        var component: [Int] = []
        var counter = 0
        for root in 0..<count where order[root] < 0 {
            var frames: [(node: Int, next: Int)] = [(root, 0)]
            order[root] = counter; low[root] = counter; counter += 1
            component.append(root); onStack[root] = true
            while let (node, position) = frames.last {
                let targets = self.targets[node]
                if position < targets.count {
                    frames[frames.count - 1].next += 1
                    let target = targets[position]
                    guard target >= 0 else { continue }
                    if target == node { onCycle[node] = true }
                    if order[target] < 0 {
                        order[target] = counter; low[target] = counter; counter += 1
                        component.append(target); onStack[target] = true
                        frames.append((target, 0))
                    } else if onStack[target] {
                        low[node] = min(low[node], order[target])
                    }
                    continue
                }
                frames.removeLast()
                if let parent = frames.last { low[parent.node] = min(low[parent.node], low[node]) }
                guard low[node] == order[node] else { continue }
                var members: [Int] = []
                while let member = component.popLast() {
                    onStack[member] = false
                    members.append(member)
                    if member == node { break }
                }
                if members.count > 1 { for member in members { onCycle[member] = true } }
            }
        }
        return onCycle
    }
}
