import Foundation
import SalesMethod
import SparKit

/// The flow graph laid out without Graphviz: nodes in layers by their distance from the start,
/// each layer ordered by its neighbours' positions (a few barycentre sweeps), options drawn as
/// lines down (or curves back up for loops). Plain, but every node and option is there, with the
/// element ids the dashboard marks up. Options are labelled by number (texts would pile up between
/// layers); with `choiceText`, the text is the option's tooltip.
struct LayeredLayout {
    let scenario: Scenario
    let stages: [String: LifecycleStage]
    let choiceText: Bool

    static let rowGap = 96.0, columnGap = 28.0, lineHeight = 15.0, margin = 20.0

    struct Box {
        var x = 0.0, y = 0.0, width = 0.0, height = 0.0
        var lines: [String] = []
        var midX: Double { x + width / 2 }
    }

    func svg() -> String {
        let ids = scenario.nodes.map(\.id)
        let layers = self.layers(ids)
        var boxes: [String: Box] = [:]
        for node in scenario.nodes {
            var lines = [node.id]
            if let speaker = node.speaker.flatMap({ scenario.contact($0)?.name }) { lines.append(speaker) }
            if let end = node.end { lines.append("[\(end.outcome.rawValue)]") }
            if let ask = node.ask { lines.append("(\(ask.rawValue))") }
            let width = lines.map(Self.textWidth).max() ?? 40
            boxes[node.id] = Box(width: width + 20, height: Double(lines.count) * Self.lineHeight + 12, lines: lines)
        }
        let rowWidths = layers.map { row in row.reduce(0) { $0 + boxes[$1]!.width } + Double(max(0, row.count - 1)) * Self.columnGap }
        let width = (rowWidths.max() ?? 100) + 2 * Self.margin
        var y = Self.margin
        for (index, row) in layers.enumerated() {
            var x = (width - rowWidths[index]) / 2
            let height = row.map { boxes[$0]!.height }.max() ?? 0
            for id in row {
                boxes[id]!.x = x
                boxes[id]!.y = y + (height - boxes[id]!.height) / 2
                x += boxes[id]!.width + Self.columnGap
            }
            y += height + Self.rowGap
        }
        let height = y - Self.rowGap + Self.margin
        let layerOf = Dictionary(uniqueKeysWithValues: layers.enumerated().flatMap { index, row in row.map { ($0, index) } })
        // Options leading back up (loops) run in a lane right of the drawing, so they cross no node.
        let lane = width + 10
        let total = width + 40
        var out = ["<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 \(n(total)) \(n(height))\" width=\"\(n(total))pt\" height=\"\(n(height))pt\">",
                   "<defs><marker id=\"arrow\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\" markerWidth=\"7\" markerHeight=\"7\" orient=\"auto-start-reverse\"><path d=\"M0,0 L10,5 L0,10 z\" fill=\"#555\"/></marker></defs>",
                   "<g class=\"graph\">"]
        for (position, node) in scenario.nodes.enumerated() {
            let from = boxes[node.id]!
            for (index, choice) in node.choices.enumerated() {
                guard let to = boxes[choice.goto] else { continue }
                let (fromLayer, toLayer) = (layerOf[node.id] ?? 0, layerOf[choice.goto] ?? 0)
                let path: String, labelX: Double, labelY: Double
                let spread = Double(index + 1) / Double(node.choices.count + 1)
                if toLayer > fromLayer {
                    // Down: from the option's place along the bottom to the top of the next node;
                    // the number just below the start, where options of one node are still apart.
                    let (sx, sy, ex, ey) = (from.x + from.width * spread, from.y + from.height, to.midX, to.y)
                    path = "M\(n(sx)),\(n(sy)) C\(n(sx)),\(n(sy + 40)) \(n(ex)),\(n(ey - 40)) \(n(ex)),\(n(ey))"
                    (labelX, labelY) = (sx + 7, sy + 16)
                } else if toLayer == fromLayer {
                    // Across: side to side.
                    let right = to.x > from.x
                    let (sx, sy) = (right ? from.x + from.width : from.x, from.y + from.height * spread)
                    let (ex, ey) = (right ? to.x : to.x + to.width, to.y + to.height / 2)
                    path = "M\(n(sx)),\(n(sy)) C\(n((sx + ex) / 2)),\(n(sy)) \(n((sx + ex) / 2)),\(n(ey)) \(n(ex)),\(n(ey))"
                    (labelX, labelY) = ((sx + ex) / 2, min(sy, ey) - 4)
                } else {
                    let (sx, sy) = (from.x + from.width, from.y + from.height * spread)
                    let (ex, ey) = (to.x + to.width, to.y + to.height / 2)
                    let x = lane + Double(index) * 6
                    path = "M\(n(sx)),\(n(sy)) C\(n(x)),\(n(sy)) \(n(x)),\(n(ey)) \(n(ex)),\(n(ey))"
                    (labelX, labelY) = (sx + 12, sy - 3)
                }
                // Only the number on the line (long texts would pile up); the text is the tooltip.
                let tooltip = "\(node.id) → \(choice.goto)" + (choiceText ? ": \(index + 1). " + Self.short(choice.say) : "")
                out.append("<g id=\"e\(position)_\(index + 1)\" class=\"edge\"><title>\(HTMLEscape.text(tooltip))</title>"
                           + "<path d=\"\(path)\" fill=\"none\" stroke=\"\(choice.closing != nil ? "#38761d" : "#555")\"\(choice.condition != nil ? " stroke-dasharray=\"5,3\"" : "") marker-end=\"url(#arrow)\"/>"
                           + "<text x=\"\(n(labelX))\" y=\"\(n(labelY))\" font-size=\"10\">\(index + 1).</text></g>")
            }
        }
        for (position, node) in scenario.nodes.enumerated() {
            let box = boxes[node.id]!
            let fill = node.end.flatMap { ScenarioGraph.outcomeShapes[$0.outcome]?.colour }
                ?? stages[node.id].flatMap { ScenarioGraph.stageColours[$0] } ?? "#ffffff"
            var group = "<g id=\"n\(position)\" class=\"node\"><title>\(HTMLEscape.text(node.id))</title>"
            group += "<rect x=\"\(n(box.x))\" y=\"\(n(box.y))\" width=\"\(n(box.width))\" height=\"\(n(box.height))\" rx=\"\(node.end == nil ? 8 : 2)\""
                + " fill=\"\(fill)\" stroke=\"#333\" stroke-width=\"\(node.id == scenario.start ? 2 : 1)\"/>"
            for (line, text) in box.lines.enumerated() {
                group += "<text x=\"\(n(box.midX))\" y=\"\(n(box.y + 6 + Self.lineHeight * Double(line + 1) - 3))\" font-size=\"12\" text-anchor=\"middle\">"
                    + HTMLEscape.text(text) + "</text>"
            }
            out.append(group + "</g>")
        }
        out.append("</g></svg>")
        return out.joined(separator: "\n") + "\n"
    }

    /// Layers by shortest distance from the start (nodes it never reaches go last), each ordered by
    /// the mean position of its parents in the layer above, swept a few times.
    func layers(_ ids: [String]) -> [[String]] {
        var depth: [String: Int] = [scenario.start: 0]
        var queue = [scenario.start]
        var head = 0
        while head < queue.count {
            let id = queue[head]
            head += 1
            for choice in scenario.node(id)?.choices ?? [] where depth[choice.goto] == nil && scenario.node(choice.goto) != nil {
                depth[choice.goto] = depth[id]! + 1
                queue.append(choice.goto)
            }
        }
        let deepest = depth.values.max() ?? 0
        for id in ids where depth[id] == nil { depth[id] = deepest + 1 }
        var rows = Array(repeating: [String](), count: (depth.values.max() ?? 0) + 1)
        // Discovery order first: the start's options from left to right.
        for id in queue { rows[depth[id]!].append(id) }
        for id in ids where !queue.contains(id) { rows[depth[id]!].append(id) }
        var parents: [String: [String]] = [:]
        for node in scenario.nodes {
            for choice in node.choices where depth[choice.goto] == (depth[node.id] ?? 0) + 1 { parents[choice.goto, default: []].append(node.id) }
        }
        for _ in 0..<4 {
            for index in rows.indices.dropFirst() {
                let above = Dictionary(uniqueKeysWithValues: rows[index - 1].enumerated().map { ($1, Double($0)) })
                let current = Dictionary(uniqueKeysWithValues: rows[index].enumerated().map { ($1, Double($0)) })
                rows[index].sort { a, b in
                    let pa = parents[a]?.compactMap { above[$0] } ?? [], pb = parents[b]?.compactMap { above[$0] } ?? []
                    let ma = pa.isEmpty ? current[a]! : pa.reduce(0, +) / Double(pa.count)
                    let mb = pb.isEmpty ? current[b]! : pb.reduce(0, +) / Double(pb.count)
                    return ma != mb ? ma < mb : current[a]! < current[b]!
                }
            }
        }
        return rows.filter { !$0.isEmpty }
    }

    /// Rough width at 12 px: wide characters (CJK) twice a Latin one.
    static func textWidth(_ text: String) -> Double {
        text.unicodeScalars.reduce(0) { $0 + ($1.value > 0x2E80 ? 12.5 : 7) }
    }

    /// A coordinate with one decimal.
    private func n(_ value: Double) -> String { String(format: "%.1f", value) }

    static func short(_ text: String) -> String { text.count <= 14 ? text : String(text.prefix(14)) + "…" }
}
