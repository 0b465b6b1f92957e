import SalesMethod

/// The scenario as a flow graph for Graphviz (DOT) or Mermaid: nodes coloured by lifecycle
/// stage, endings shaped by outcome, edges labelled with the choice's first words.
public enum ScenarioGraph {
    public enum Format: String, Sendable, CaseIterable { case dot, mermaid }

    public static let stageColours: [LifecycleStage: String] = [
        .stranger: "#e0e0e0", .establishment: "#cfe2f3", .investigation: "#d9ead3", .growth: "#fff2cc", .maturity: "#f4cccc",
    ]

    public static let outcomeShapes: [Outcome: (dot: String, colour: String)] = [
        .signed: ("doubleoctagon", "#93c47d"), .nextMeeting: ("octagon", "#6fa8dc"),
        .followUp: ("box", "#f6b26b"), .lost: ("Msquare", "#e06666"),
    ]

    public static func render(_ scenario: Scenario, format: Format, labelLength: Int = 14) -> String {
        let stages = effectiveStages(scenario)
        switch format {
        case .dot: return dot(scenario, stages: stages, labelLength: labelLength)
        case .mermaid: return mermaid(scenario, stages: stages, labelLength: labelLength)
        }
    }

    /// Each node's stage, its own or inherited along the first path from the start.
    public static func effectiveStages(_ scenario: Scenario) -> [String: LifecycleStage] {
        var result: [String: LifecycleStage] = [:]
        let inherited = scenario.inheritedStagesAndPhases()
        for node in scenario.nodes { if let stage = node.stage ?? inherited[node.id]?.stage { result[node.id] = stage } }
        return result
    }

    static func short(_ text: String, _ length: Int) -> String {
        text.count <= length ? text : String(text.prefix(length)) + "…"
    }

    /// A DOT (or YAML) double-quoted string's content: controls shown, `\\` and `"` escaped.
    static func dotEscape(_ text: String) -> String {
        ScalarEscape.map(text) { scalar in
            switch scalar {
            case "\\": "\\\\"
            case "\"": "\\\""
            default: VisibleText.picture(scalar)
            }
        }
    }

    /// The DOT a live view lays out: each node's element is `n` and its position in the scenario,
    /// each option's `e<position>_<number>`, so the SVG Graphviz makes can be found and marked up.
    /// Without `choiceText` the options are labelled by number only (an exam's answers stay hidden).
    public static func dotForLayout(_ scenario: Scenario, choiceText: Bool, labelLength: Int = 14) -> String {
        dot(scenario, stages: effectiveStages(scenario), labelLength: labelLength, elementIDs: true, choiceText: choiceText)
    }

    static func dot(_ scenario: Scenario, stages: [String: LifecycleStage], labelLength: Int,
                    elementIDs: Bool = false, choiceText: Bool = true) -> String {
        var lines = ["digraph \"\(dotEscape(scenario.id))\" {",
                     "  label=\"\(dotEscape(scenario.title))\"; labelloc=t; rankdir=TB;",
                     "  node [shape=box, style=\"rounded,filled\", fontname=\"Noto Sans CJK SC, sans-serif\"];",
                     "  edge [fontname=\"Noto Sans CJK SC, sans-serif\", fontsize=10];"]
        for node in scenario.nodes {
            var attributes: [String] = []
            let speaker = node.speaker.flatMap { scenario.contact($0)?.name }
            var label = dotEscape(node.id)
            if let speaker { label += "\\n" + dotEscape(speaker) }
            if let end = node.end {
                let shape = outcomeShapes[end.outcome]!
                label += "\\n[\(end.outcome.rawValue)]"
                attributes += ["shape=\(shape.dot)", "fillcolor=\"\(shape.colour)\""]
            } else {
                attributes.append("fillcolor=\"\(stages[node.id].flatMap { stageColours[$0] } ?? "#ffffff")\"")
            }
            if node.id == scenario.start { attributes.append("penwidth=2") }
            if node.ask != nil { label += "\\n(\(node.ask!.rawValue))" }
            attributes.insert("label=\"\(label)\"", at: 0)
            if elementIDs, let position = scenario.position(of: node.id) { attributes.append("id=\"n\(position)\"") }
            lines.append("  \"\(dotEscape(node.id))\" [\(attributes.joined(separator: ", "))];")
        }
        for node in scenario.nodes {
            for (index, choice) in node.choices.enumerated() where scenario.node(choice.goto) != nil {
                let text = choiceText ? " " + dotEscape(short(choice.say, labelLength)) : ""
                var attributes = ["label=\"\(index + 1).\(text)\""]
                if elementIDs, let position = scenario.position(of: node.id) { attributes.append("id=\"e\(position)_\(index + 1)\"") }
                if choice.condition != nil { attributes.append("style=dashed") }
                if choice.closing != nil { attributes.append("color=\"#38761d\"") }
                lines.append("  \"\(dotEscape(node.id))\" -> \"\(dotEscape(choice.goto))\" [\(attributes.joined(separator: ", "))];")
            }
        }
        lines.append("  subgraph cluster_legend { label=\"stages\"; fontsize=10;")
        for stage in LifecycleStage.allCases {
            lines.append("    \"legend_\(stage.rawValue)\" [label=\"\(stage.name.zh) \(stage.rawValue)\", fillcolor=\"\(stageColours[stage]!)\", fontsize=9];")
        }
        lines.append("  }")
        lines.append("}")
        return lines.joined(separator: "\n") + "\n"
    }

    /// Mermaid ids allow only letters, digits and '_': the node's position keeps `a-b` and `a_b` apart.
    static func mermaidID(_ id: String, in scenario: Scenario) -> String {
        let position = scenario.position(of: id) ?? -1
        return "n\(position)_" + id.map { $0.isLetter || $0.isNumber ? String($0) : "_" }.joined()
    }

    /// A Mermaid label's text as entity codes where Mermaid or the HTML it renders would read
    /// markup: `#` first (it starts an entity code), then quotes, `<`, `>` and `&`.
    static func mermaidText(_ text: String) -> String {
        ScalarEscape.map(text) { scalar in
            switch scalar {
            case "#": "#35;"
            case "\"": "#quot;"
            case "<": "#lt;"
            case ">": "#gt;"
            case "&": "#amp;"
            // A stand-in such as `<U+200B>` has brackets of its own.
            default: VisibleText.picture(scalar).map(mermaidText)
            }
        }
    }

    /// A YAML double-quoted scalar for the front matter: a title like "New scenario: …" would
    /// otherwise read as a nested mapping.
    static func yamlQuoted(_ text: String) -> String {
        "\"" + dotEscape(text) + "\""
    }

    static func mermaid(_ scenario: Scenario, stages: [String: LifecycleStage], labelLength: Int) -> String {
        var lines = ["---", "title: \(yamlQuoted(scenario.title))", "---", "flowchart TD"]
        for node in scenario.nodes {
            let id = mermaidID(node.id, in: scenario)
            var label = mermaidText(node.id)
            if let speaker = node.speaker.flatMap({ scenario.contact($0)?.name }) { label += "<br/>" + mermaidText(speaker) }
            if let end = node.end {
                label += "<br/>[\(end.outcome.rawValue)]"
                lines.append("  \(id){{\"\(label)\"}}:::\(end.outcome.rawValue)")
            } else {
                let stage = stages[node.id]?.rawValue ?? "unstaged"
                lines.append("  \(id)[\"\(label)\"]:::\(stage)")
            }
        }
        for node in scenario.nodes {
            for (index, choice) in node.choices.enumerated() where scenario.node(choice.goto) != nil {
                let arrow = choice.condition != nil ? "-.->" : "-->"
                lines.append("  \(mermaidID(node.id, in: scenario)) \(arrow)|\"\(index + 1). \(mermaidText(short(choice.say, labelLength)))\"| \(mermaidID(choice.goto, in: scenario))")
            }
        }
        for stage in LifecycleStage.allCases { lines.append("  classDef \(stage.rawValue) fill:\(stageColours[stage]!)") }
        lines.append("  classDef unstaged fill:#ffffff")
        for (outcome, shape) in outcomeShapes.sorted(by: { $0.key.rawValue < $1.key.rawValue }) {
            lines.append("  classDef \(outcome.rawValue) fill:\(shape.colour)")
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
