import SalesMethod

/// The warnings `spar lint` adds to the loader's errors: what is legal but surely not meant.
public enum ScenarioValidator {
    /// Warnings about play (endings never reached, conditions that never hold, …) need the exact
    /// search of the play space; on a scenario too large for it they are left out.
    public static func warnings(for scenario: Scenario, analysis: ScenarioAnalysis? = nil) -> [Diagnostic] {
        let analysis = (analysis ?? ScenarioAnalysis.exact(scenario)).flatMap { $0.exhaustive ? $0 : nil }
        var found: [Diagnostic] = []
        found += graphWarnings(scenario, analysis)
        found += stageWarnings(scenario)
        found += methodWarnings(scenario, analysis)
        found += objectionWarnings(scenario)
        found += variableWarnings(scenario)
        found += matchWarnings(scenario)
        found += ChoiceDistinctness.check(scenario)
        return found.sorted { ($0.location.line, $0.location.column) < ($1.location.line, $1.location.column) }
    }

    // MARK: - Reachability

    static func graphWarnings(_ scenario: Scenario, _ analysis: ScenarioAnalysis?) -> [Diagnostic] {
        var found: [Diagnostic] = []
        let graphReachable = staticallyReachable(scenario)
        for node in scenario.nodes {
            if !graphReachable.contains(node.id) {
                found.append(.warning(.unreachableNode, "node '\(node.id)' is unreachable: no choice leads to it",
                                      at: node.location, length: node.id.count))
            } else if let analysis, node.end != nil && analysis.endings[node.id] == nil {
                found.append(.warning(.unreachableEnding, "ending '\(node.id)' is never reached in play (conditions or the clock rule it out)",
                                      at: node.location, length: node.id.count))
            }
            guard let analysis, analysis.reachedNodes.contains(node.id) else { continue }
            for (index, choice) in node.choices.enumerated() where choice.condition != nil
                && !analysis.offeredChoices.contains(ChoiceReference(node: node.id, index: index)) {
                found.append(.warning(.conditionNeverHolds, "this choice's condition never holds when '\(node.id)' is reached",
                                      at: choice.condition!.location, length: choice.condition!.source.count))
            }
        }
        for cycle in cyclesWithoutExit(scenario, reachable: graphReachable) {
            guard let first = scenario.node(cycle[0]) else { continue }
            found.append(.warning(.cycleWithoutExit,
                                  "nodes \(cycle.map { "'\($0)'" }.joined(separator: ", ")) lead only to each other: play can never end there",
                                  at: first.location, length: first.id.count))
        }
        return found
    }

    /// Nodes some chain of gotos reaches from the start, conditions aside.
    static func staticallyReachable(_ scenario: Scenario) -> Set<String> {
        var seen: Set<String> = [scenario.start]
        var stack = [scenario.start]
        while let id = stack.popLast() {
            for choice in scenario.node(id)?.choices ?? [] where seen.insert(choice.goto).inserted { stack.append(choice.goto) }
        }
        return seen
    }

    /// Strongly connected groups (Tarjan) with no ending inside and no edge out.
    static func cyclesWithoutExit(_ scenario: Scenario, reachable: Set<String>) -> [[String]] {
        var index = 0
        var indices: [String: Int] = [:], lowlinks: [String: Int] = [:]
        var stack: [String] = [], onStack: Set<String> = []
        var components: [[String]] = []
        func successors(_ id: String) -> [String] { (scenario.node(id)?.choices ?? []).map(\.goto).filter { scenario.node($0) != nil } }
        // Iterative Tarjan, so a long chain of nodes cannot overflow the stack.
        for root in scenario.nodes.map(\.id) where reachable.contains(root) && indices[root] == nil {
            var work: [(node: String, next: Int)] = [(root, 0)]
            indices[root] = index; lowlinks[root] = index; index += 1
            stack.append(root); onStack.insert(root)
            while let (node, position) = work.last {
                let next = successors(node)
                if position < next.count {
                    work[work.count - 1].next += 1
                    let target = next[position]
                    if indices[target] == nil {
                        indices[target] = index; lowlinks[target] = index; index += 1
                        stack.append(target); onStack.insert(target)
                        work.append((target, 0))
                    } else if onStack.contains(target) {
                        lowlinks[node] = min(lowlinks[node]!, indices[target]!)
                    }
                    continue
                }
                work.removeLast()
                if let parent = work.last { lowlinks[parent.node] = min(lowlinks[parent.node]!, lowlinks[node]!) }
                if lowlinks[node] == indices[node] {
                    var component: [String] = []
                    while let top = stack.popLast() {
                        onStack.remove(top)
                        component.append(top)
                        if top == node { break }
                    }
                    components.append(component)
                }
            }
        }
        return components.compactMap { component in
            let members = Set(component)
            let isCycle = component.count > 1 || successors(component[0]).contains(component[0])
            guard isCycle else { return nil }
            let exits = component.contains { id in
                scenario.node(id)?.end != nil || successors(id).contains { !members.contains($0) }
            }
            let ordered = scenario.nodes.map(\.id).filter { members.contains($0) }
            return exits ? nil : ordered
        }
    }

    // MARK: - The lifecycle along the gotos

    static func stageWarnings(_ scenario: Scenario) -> [Diagnostic] {
        var found: [Diagnostic] = []
        let inherited = scenario.inheritedStagesAndPhases()
        for node in scenario.nodes {
            guard let from = node.stage ?? inherited[node.id]?.stage else { continue }
            for choice in node.choices {
                guard let target = scenario.node(choice.goto), let to = target.stage else { continue }
                if to.order > from.order + 1 {
                    let skipped = LifecycleStage.allCases.filter { $0.order > from.order && $0.order < to.order }
                    found.append(.warning(.edgeSkipsStage,
                                          "goto '\(choice.goto)' jumps from \(from.rawValue) to \(to.rawValue), skipping \(skipped.map(\.rawValue).joined(separator: ", ")): stages cannot be skipped",
                                          at: choice.gotoLocation, length: choice.goto.count))
                } else if to.order < from.order {
                    found.append(.warning(.edgeMovesBackwards,
                                          "goto '\(choice.goto)' moves the relationship back from \(from.rawValue) to \(to.rawValue)",
                                          at: choice.gotoLocation, length: choice.goto.count))
                }
            }
        }
        return found
    }

    // MARK: - Objections the customer can let go

    /// An objection is removed when the customer accepts an answer (`resolves`); one that no later
    /// node resolves stays open on every path, so closing after its removal can never score.
    static func objectionWarnings(_ scenario: Scenario) -> [Diagnostic] {
        var found: [Diagnostic] = []
        for node in scenario.nodes {
            guard let kind = node.objection else { continue }
            var seen: Set<String> = []
            var stack = node.choices.map(\.goto)
            var resolved = false
            while let id = stack.popLast(), !resolved {
                guard seen.insert(id).inserted, let next = scenario.node(id) else { continue }
                if next.resolves == kind { resolved = true }
                // A new objection of the same kind starts over: its own node is checked for it.
                else if next.objection != kind { stack += next.choices.map(\.goto) }
            }
            if !resolved {
                found.append(.warning(.objectionNeverResolved,
                                      "the \(kind.rawValue) objection raised at '\(node.id)' is never resolved: no node after it has 'resolves: \(kind.rawValue)'",
                                      at: node.location, length: node.id.count))
            }
        }
        return found
    }

    // MARK: - The method

    static func methodWarnings(_ scenario: Scenario, _ analysis: ScenarioAnalysis?) -> [Diagnostic] {
        var found: [Diagnostic] = []
        // A sponsor at the start, or one play can win (a shift to sponsor somewhere).
        let shifts = scenario.nodes.flatMap { $0.shifts + $0.choices.flatMap(\.shifts) }
        let hasSponsor = scenario.contacts.contains { $0.attitude.isSponsor } || shifts.contains { $0.attitude.isSponsor }
        if scenario.settings.requireSponsor && !hasSponsor {
            for node in scenario.nodes where node.end?.outcome == .signed {
                found.append(.warning(.signedWithoutSponsor,
                                      "'\(node.id)' ends signed, but no contact is a sponsor and none can become one: no sponsor, no sale — it will end as follow-up",
                                      at: node.location, length: node.id.count))
            }
        }
        // Warnings about the scenario as a whole point at the setting concerned (or the file's start).
        if let range = analysis?.elapsedRange, range.upperBound < scenario.meeting.windowOpensAt {
            found.append(.warning(.closingWindowUnreachable,
                                  "no path reaches the closing window: meetings last \(range.lowerBound)–\(range.upperBound) minutes, the window opens at minute \(scenario.meeting.windowOpensAt)",
                                  at: topKey("meeting", in: scenario), length: "meeting".count))
        }
        if let analysis {
            for dimension in ScoreDimension.allCases where dimension != .people && scenario.settings.weight(of: dimension) > 0
                && (analysis.best[dimension]?.points ?? 0) <= 0 {
                found.append(.warning(.dimensionNeverScored,
                                      "nothing in this scenario can score '\(dimension.rawValue)': it is left out of the overall score",
                                      at: topKey("nodes", in: scenario), length: "nodes".count))
            }
        }
        return found
    }

    /// Where a top-level key stands, or the start of the file when the scenario has no such key.
    static func topKey(_ key: String, in scenario: Scenario) -> SourceLocation {
        scenario.keyLocations[key] ?? SourceLocation(file: scenario.file, line: 1, column: 1)
    }

    // MARK: - Variables

    static func variableWarnings(_ scenario: Scenario) -> [Diagnostic] {
        var read: Set<String> = []
        var written: [String: SourceLocation] = [:]
        for node in scenario.nodes {
            for choice in node.choices {
                if let condition = choice.condition { read.formUnion(condition.expression.names.map(\.name)) }
                for assignment in choice.set {
                    // `count: count + 1` reads count only to write it again: a counter nothing else
                    // reads is still never read.
                    read.formUnion(assignment.expression.names.map(\.name).filter { $0 != assignment.name })
                    if written[assignment.name] == nil { written[assignment.name] = assignment.nameLocation ?? assignment.location }
                }
            }
        }
        var found: [Diagnostic] = []
        for (name, location) in written.sorted(by: { $0.key < $1.key }) where !read.contains(name) {
            found.append(.warning(.variableNeverRead, "variable '\(name)' is set but never read: no condition or other variable depends on it (its own updates do not count)",
                                  at: location, length: name.count))
        }
        let declaredOnly = Set(scenario.variables.keys).subtracting(written.keys).intersection(read)
        for name in declaredOnly.sorted() {
            guard let place = firstRead(of: name, in: scenario) else { continue }
            found.append(.warning(.variableNeverSet, "variable '\(name)' is read but never set: it always holds its first value",
                                  at: place, length: name.count))
        }
        return found
    }

    static func firstRead(of name: String, in scenario: Scenario) -> SourceLocation? {
        for node in scenario.nodes {
            for choice in node.choices {
                if let condition = choice.condition, let reference = condition.expression.names.first(where: { $0.name == name }) {
                    return condition.placement.location(atCharacter: reference.offset)
                }
                for assignment in choice.set {
                    if let reference = assignment.expression.names.first(where: { $0.name == name }) {
                        return assignment.placement.location(atCharacter: reference.offset)
                    }
                }
            }
        }
        return nil
    }

    // MARK: - Typed answers

    static func matchWarnings(_ scenario: Scenario) -> [Diagnostic] {
        var found: [Diagnostic] = []
        for node in scenario.nodes {
            var owner: [String: Int] = [:]
            // Choices behind an `if` are usually alternatives to each other, not offered together.
            for (index, choice) in node.choices.enumerated() where choice.condition == nil {
                for phrase in Set(choice.match.map { $0.lowercased().trimmingCharacters(in: .whitespaces) }) {
                    if let other = owner[phrase], other != index {
                        found.append(.warning(.duplicateMatchPhrase,
                                              "choices \(other + 1) and \(index + 1) of '\(node.id)' both match '\(phrase)': a typed answer cannot tell them apart",
                                              at: choice.location))
                    } else {
                        owner[phrase] = index
                    }
                }
            }
        }
        return found
    }
}
