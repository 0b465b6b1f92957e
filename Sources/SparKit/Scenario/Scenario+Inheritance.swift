import SalesMethod

extension Scenario {
    /// The stage and buying phase in force on arriving at a node: its own, or inherited along the
    /// first path from the start that reaches it (breadth first). Used when play starts mid-scenario.
    public func inheritedStageAndPhase(at target: String) -> (stage: LifecycleStage?, buying: BuyingPhase?) {
        struct Visit { var node: String; var stage: LifecycleStage?; var buying: BuyingPhase? }
        guard let startNode = node(start) else { return (nil, nil) }
        var queue = [Visit(node: start, stage: startNode.stage, buying: startNode.buying)]
        var seen: Set<String> = [start]
        var index = 0
        while index < queue.count {
            let visit = queue[index]
            index += 1
            if visit.node == target { return (visit.stage, visit.buying) }
            for choice in node(visit.node)?.choices ?? [] where seen.insert(choice.goto).inserted {
                let next = node(choice.goto)
                queue.append(Visit(node: choice.goto, stage: next?.stage ?? visit.stage, buying: next?.buying ?? visit.buying))
            }
        }
        let own = node(target)
        return (own?.stage, own?.buying)
    }
}
