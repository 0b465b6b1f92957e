import SalesMethod

extension Scenario {
    /// The stage and buying phase in force on arriving at a node: its own, or inherited along the
    /// first path from the start that reaches it (breadth first). Used when play starts mid-scenario.
    public func inheritedStageAndPhase(at target: String) -> (stage: LifecycleStage?, buying: BuyingPhase?) {
        if let found = inheritedStagesAndPhases(stoppingAt: target)[target] { return found }
        let own = node(target)
        return (own?.stage, own?.buying)
    }

    /// `inheritedStageAndPhase(at:)` for every node the start reaches, in one breadth-first pass
    /// (lint and the graph ask for all of them; one search per node would be quadratic).
    public func inheritedStagesAndPhases() -> [String: (stage: LifecycleStage?, buying: BuyingPhase?)] {
        inheritedStagesAndPhases(stoppingAt: nil)
    }

    private func inheritedStagesAndPhases(stoppingAt target: String?) -> [String: (stage: LifecycleStage?, buying: BuyingPhase?)] {
        struct Visit { var node: String; var stage: LifecycleStage?; var buying: BuyingPhase? }
        guard let startNode = node(start) else { return [:] }
        var found: [String: (stage: LifecycleStage?, buying: BuyingPhase?)] = [:]
        var queue = [Visit(node: start, stage: startNode.stage, buying: startNode.buying)]
        var seen: Set<String> = [start]
        var index = 0
        while index < queue.count {
            let visit = queue[index]
            index += 1
            found[visit.node] = (visit.stage, visit.buying)
            if visit.node == target { break }
            for choice in node(visit.node)?.choices ?? [] where seen.insert(choice.goto).inserted {
                let next = node(choice.goto)
                queue.append(Visit(node: choice.goto, stage: next?.stage ?? visit.stage, buying: next?.buying ?? visit.buying))
            }
        }
        return found
    }
}
