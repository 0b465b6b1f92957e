import Foundation
import SalesMethod
@testable import SparKit
import Testing
import TestSupport

/// `spar graph`: the scenario's flow as Graphviz DOT or Mermaid — every node and edge, endings
/// shaped by outcome, conditional choices dashed, and text escaped so the output always renders.
@Suite struct ScenarioGraphTests {
    /// Four endings (one per outcome), a conditional choice, a closing choice, and text full of
    /// quotes and backslashes.
    static let yaml = #"""
    id: graph-test
    title: 'Graph "test" \ one'
    meeting: { minutes: 30, closing_window: 10 }
    contacts:
      wang: { name: 'Wang "the boss" \ Jr', role: approver, attitude: sponsor, style: driver }
    variables: { trust: 0 }
    start: opening
    nodes:
      opening:
        stage: establishment
        speaker: wang
        line: 你好
        choices:
          - say: 'He said "yes" \ maybe'
            set: { trust: "trust + 1" }
            goto: talk
          - { say: 再见, goto: lost }
      talk:
        stage: investigation
        speaker: wang
        line: 说说看
        choices:
          - { say: 我们签吧, if: "trust > 0", close: assumptive, goto: signed }
          - { say: 下次再谈, goto: later }
          - { say: 我回去想想, goto: follow }
      signed:
        end: signed
      later:
        end: { outcome: next_meeting, text: 下周见 }
      follow:
        end: follow_up
      lost:
        end: lost
    """#

    static func scenario(_ text: String = yaml, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws -> Scenario {
        let result = loadScenario(yaml: text)
        #expect(!result.hasErrors, "\(result.diagnostics.map(\.description))", sourceLocation: sourceLocation)
        return try #require(result.scenario, sourceLocation: sourceLocation)
    }

    static func lines(_ output: String, containing text: String) -> [Substring] {
        output.split(separator: "\n").filter { $0.contains(text) }
    }

    // MARK: - DOT

    @Test func dotHasEveryNodeAndEveryEdge() throws {
        for scenario in [try Self.scenario(), try miniScenario()] {
            let dot = ScenarioGraph.render(scenario, format: .dot)
            #expect(dot.hasPrefix("digraph \""))
            #expect(dot.hasSuffix("}\n"))
            for node in scenario.nodes {
                #expect(dot.contains("\n  \"\(node.id)\" ["), "node \(node.id) missing")
                for (index, choice) in node.choices.enumerated() {
                    let edges = Self.lines(dot, containing: "\"\(node.id)\" -> \"\(choice.goto)\"")
                    #expect(edges.contains { $0.contains("label=\"\(index + 1). ") },
                            "edge \(node.id) → \(choice.goto) (choice \(index + 1)) missing")
                }
            }
            let edgeCount = scenario.nodes.reduce(0) { $0 + $1.choices.count }
            #expect(Self.lines(dot, containing: " -> ").count == edgeCount)
        }
    }

    @Test func dotShapesEndingsByOutcome() throws {
        let dot = ScenarioGraph.render(try Self.scenario(), format: .dot)
        let expected = ["signed": "doubleoctagon", "later": "octagon", "follow": "box", "lost": "Msquare"]
        for (node, shape) in expected {
            let line = try #require(Self.lines(dot, containing: "  \"\(node)\" [").first)
            #expect(line.contains("shape=\(shape),"), "\(node): \(line)")
        }
        // The four shapes differ from each other and from ordinary nodes (rounded boxes by default).
        #expect(Set(expected.values).count == 4)
        let talk = try #require(Self.lines(dot, containing: "  \"talk\" [").first)
        #expect(!talk.contains("shape="))
        #expect(dot.contains("[label=\"later\\n[next_meeting]\""))
        // The start is drawn heavier.
        #expect(try #require(Self.lines(dot, containing: "  \"opening\" [").first).contains("penwidth=2"))
    }

    @Test func dotDashesConditionalChoicesOnly() throws {
        let dot = ScenarioGraph.render(try Self.scenario(), format: .dot)
        let conditional = try #require(Self.lines(dot, containing: "\"talk\" -> \"signed\"").first)
        #expect(conditional.contains("style=dashed"))
        let others = Self.lines(dot, containing: " -> ").filter { !$0.contains("\"talk\" -> \"signed\"") }
        #expect(others.count == 4)
        #expect(others.allSatisfy { !$0.contains("dashed") })
    }

    @Test func dotEscapesQuotesAndBackslashes() throws {
        let dot = ScenarioGraph.render(try Self.scenario(), format: .dot, labelLength: 40)
        #expect(dot.contains(#"label="Graph \"test\" \\ one""#))
        #expect(dot.contains(#"Wang \"the boss\" \\ Jr"#))
        #expect(dot.contains(#"label="1. He said \"yes\" \\ maybe""#))
        // No quote is left unescaped inside a label: every quoted string closes where it should.
        for line in dot.split(separator: "\n") {
            #expect(Self.balancedQuotes(line), "\(line)")
        }
    }

    @Test func nodeIDsThatWouldNeedEscapingAreRefusedAndDotEscapesAnyway() throws {
        // Ids are letters, digits, '_', '-' and '.' (IdentifierCharacters): quotes and backslashes
        // no longer reach the graph from a file; the escaping stays for whatever does.
        let result = loadScenario(yaml: #"""
        id: ids
        title: ids
        meeting: { minutes: 10, closing_window: 10 }
        contacts:
          wang: { name: 王总, role: approver, attitude: sponsor, style: driver }
        start: a
        nodes:
          a:
            choices:
              - { say: 好, goto: 'back\slash' }
          'back\slash':
            end: lost
        """#)
        #expect(result.diagnostics.contains { $0.code == .invalidValue && $0.message.contains("back\\slash") })
        #expect(ScenarioGraph.dotEscape(#"say "hi" \ x"#) == #"say \"hi\" \\ x"#)
    }

    /// Double quotes outside backslash escapes pair up on a DOT line.
    static func balancedQuotes(_ line: Substring) -> Bool {
        var open = false
        var escaped = false
        for character in line {
            if escaped { escaped = false; continue }
            if character == "\\" && open { escaped = true; continue }
            if character == "\"" { open.toggle() }
        }
        return !open
    }

    @Test func longChoiceTextIsShortenedOnTheEdge() throws {
        let dot = ScenarioGraph.render(try Self.scenario(), format: .dot, labelLength: 4)
        #expect(dot.contains(#"label="1. He s…""#))
        #expect(!dot.contains("maybe"))
    }

    // MARK: - Mermaid

    @Test func mermaidHasEveryNodeAndEveryEdge() throws {
        for scenario in [try Self.scenario(), try miniScenario()] {
            let mermaid = ScenarioGraph.render(scenario, format: .mermaid)
            #expect(mermaid.contains("\nflowchart TD\n"))
            for node in scenario.nodes {
                let id = ScenarioGraph.mermaidID(node.id, in: scenario)
                #expect(mermaid.contains("\n  \(id)[\"\(node.id)") || mermaid.contains("\n  \(id){{\"\(node.id)"),
                        "node \(node.id) missing")
                for (index, choice) in node.choices.enumerated() {
                    let edge = Self.lines(mermaid, containing: "  \(id) ").filter {
                        $0.hasSuffix(" \(ScenarioGraph.mermaidID(choice.goto, in: scenario))") && $0.contains("|\"\(index + 1). ")
                    }
                    #expect(edge.count == 1, "edge \(node.id) → \(choice.goto) (choice \(index + 1)) missing")
                }
            }
            let edgeCount = scenario.nodes.reduce(0) { $0 + $1.choices.count }
            #expect(Self.lines(mermaid, containing: "->|").count == edgeCount)
        }
    }

    @Test func mermaidShapesEndingsAndDashesConditions() throws {
        let scenario = try Self.scenario()
        let mermaid = ScenarioGraph.render(scenario, format: .mermaid)
        func id(_ node: String) -> String { ScenarioGraph.mermaidID(node, in: scenario) }
        for (node, outcome) in ["signed": "signed", "later": "next_meeting", "follow": "follow_up", "lost": "lost"] {
            #expect(mermaid.contains("  \(id(node)){{\"\(node)<br/>[\(outcome)]\"}}:::\(outcome)\n"), "\(node)")
            #expect(mermaid.contains("  classDef \(outcome) fill:"))
        }
        #expect(mermaid.contains("  \(id("talk"))[\"talk<br/>"))
        #expect(mermaid.contains(":::investigation\n"))
        #expect(mermaid.contains("  \(id("talk")) -.->|\"1. 我们签吧\"| \(id("signed"))\n"))
        #expect(Self.lines(mermaid, containing: "-.->").count == 1)
        #expect(mermaid.contains("  \(id("talk")) -->|\"2. 下次再谈\"| \(id("later"))\n"))
    }

    @Test func mermaidEscapesQuotesInLabels() throws {
        let mermaid = ScenarioGraph.render(try Self.scenario(), format: .mermaid, labelLength: 40)
        #expect(mermaid.contains("Wang #quot;the boss#quot; \\ Jr"))
        #expect(mermaid.contains(#"|"1. He said #quot;yes#quot; \ maybe"|"#))
        // Inside a label no raw double quote is left: each line's quotes are only the delimiters.
        for line in mermaid.split(separator: "\n") where line.hasPrefix("  n") && line.contains("_") {
            #expect(line.filter { $0 == "\"" }.count == 2, "\(line)")
        }
    }

    @Test func mermaidTitleIsAQuotedStringInTheFrontMatter() throws {
        for title in [#"Graph "test" \ one"#, "New scenario: a plant equipment upgrade", "新场景：设备升级"] {
            var scenario = try Self.scenario()
            scenario.title = title
            let mermaid = ScenarioGraph.render(scenario, format: .mermaid)
            let lines = mermaid.split(separator: "\n", omittingEmptySubsequences: false)
            #expect(lines.first == "---")
            #expect(lines.dropFirst().firstIndex(of: "---") == 2)
            let titleLine = String(lines[1])
            #expect(titleLine.hasPrefix("title: \""))
            // A YAML double-quoted scalar with only \" and \\ escapes reads the same as a JSON string.
            let value = String(titleLine.dropFirst("title: ".count))
            let decoded = try JSONDecoder().decode(String.self, from: Data(value.utf8))
            #expect(decoded == title)
        }
    }

    // MARK: - Graphviz accepts the output

    static let dotPath = "/usr/bin/dot"
    static var hasGraphviz: Bool { FileManager.default.isExecutableFile(atPath: dotPath) }

    static var packageRoot: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    }

    /// Tests/Fixtures/mini.yaml and every scenario shipped under scenarios/.
    static var renderedFiles: [String] {
        let scenarios = packageRoot.appendingPathComponent("scenarios").path
        let shipped = (FileManager.default.enumerator(atPath: scenarios)?.allObjects as? [String] ?? [])
            .filter { $0.hasSuffix(".yaml") || $0.hasSuffix(".yml") }
            .sorted()
            .map { (scenarios as NSString).appendingPathComponent($0) }
        return [fixturePath("mini.yaml")] + shipped
    }

    /// Runs `dot -Tsvg` on `source` (through files, so no pipe can fill up); the exit status,
    /// the SVG and what dot printed on stderr.
    static func graphviz(_ source: String) throws -> (status: Int32, svg: String, errors: String) {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("spar-graph-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let input = folder.appendingPathComponent("graph.dot"), output = folder.appendingPathComponent("graph.svg")
        let errors = folder.appendingPathComponent("errors.txt")
        try source.write(to: input, atomically: true, encoding: .utf8)
        _ = FileManager.default.createFile(atPath: errors.path, contents: nil)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: dotPath)
        process.arguments = ["-Tsvg", input.path, "-o", output.path]
        process.standardError = try FileHandle(forWritingTo: errors)
        try process.run()
        process.waitUntilExit()
        let svg = (try? String(contentsOf: output, encoding: .utf8)) ?? ""
        return (process.terminationStatus, svg, (try? String(contentsOf: errors, encoding: .utf8)) ?? "")
    }

    @Test(.enabled(if: hasGraphviz, "graphviz is not installed (apt-get install graphviz)"))
    func graphvizRendersTheFixtureAndEveryShippedScenario() throws {
        let files = Self.renderedFiles
        #expect(files.count >= 1)
        for file in files {
            let result = ScenarioLoader.load(contentsOfFile: file)
            let scenario = try #require(result.scenario, "\(file): \(result.diagnostics.map(\.description))")
            let rendered = try Self.graphviz(ScenarioGraph.render(scenario, format: .dot))
            #expect(rendered.status == 0, "dot rejected the graph of \(file): \(rendered.errors)")
            #expect(rendered.svg.contains("<svg"), "\(file)")
            #expect(!rendered.errors.lowercased().contains("syntax error"), "\(file): \(rendered.errors)")
            for node in scenario.nodes {
                #expect(rendered.svg.contains("<title>\(Self.xmlEscape(node.id))</title>"), "\(file): node \(node.id) not drawn")
            }
        }
    }

    @Test(.enabled(if: hasGraphviz, "graphviz is not installed (apt-get install graphviz)"))
    func graphvizRendersTextFullOfQuotesAndBackslashes() throws {
        let rendered = try Self.graphviz(ScenarioGraph.render(try Self.scenario(), format: .dot, labelLength: 40))
        #expect(rendered.status == 0, "\(rendered.errors)")
        #expect(rendered.svg.contains("He said &quot;yes&quot; \\ maybe"))
        for node in try Self.scenario().nodes { #expect(rendered.svg.contains("<title>\(node.id)</title>")) }
    }

    static func xmlEscape(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
    }
}
