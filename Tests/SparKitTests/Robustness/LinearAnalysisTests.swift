@testable import SparKit
import Testing
import TestSupport

/// The play-space search on long shapes: a state's copy must not grow with the path behind it.
@Suite struct LinearAnalysisTests {
    /// A chain of `count` nodes, each with one choice to the next, that takes no minutes.
    static func chain(_ count: Int) -> String {
        var yaml = """
        id: chain
        title: chain
        language: en
        account: { company: Shape Ltd, truth: { need: yes } }
        contacts:
          ann: { name: Ann, title: CEO, kp: first, role: approver, attitude: sponsor, style: driver }
        start: n0
        nodes:

        """
        for number in 0..<(count - 1) {
            yaml += "  n\(number): { speaker: ann, line: Step \(number)., choices: [{ say: Go on., goto: n\(number + 1) }] }\n"
        }
        yaml += "  n\(count - 1): { end: signed }\n"
        return yaml
    }

    @Test func searchedSessionsOnAChainCountNoVisits() throws {
        let scenario = try requireScenario(Self.chain(300))
        let space = PlaySpace(scenario: scenario)
        var session = space.root()
        for _ in 0..<250 { session = try #require(space.moves(from: session).first).next }
        #expect(session.state.node == "n250")
        // Only the start's arrival, before the search began; no node of the chain is counted.
        #expect(session.state.visits.count <= 1)
    }

    @Test func aLongChainIsAnalysedExactly() throws {
        let scenario = try requireScenario(Self.chain(3_000))
        let analysis = try #require(ScenarioAnalysis.exact(scenario))
        #expect(analysis.reachedNodes.count == 3_000)
        #expect(analysis.shortestPaths["n2999"]?.count == 2_999)
    }

    @Test func nodesOnLoopsAreFound() throws {
        let scenario = try requireScenario("""
        id: loops
        title: loops
        language: en
        account: { company: Loop Ltd, truth: { need: yes } }
        contacts:
          ann: { name: Ann, title: CEO, kp: first, role: approver, attitude: sponsor, style: driver }
        start: a
        nodes:
          a: { speaker: ann, line: A., choices: [{ say: To b., goto: b }] }
          b: { speaker: ann, line: B., choices: [{ say: To c., goto: c }, { say: Stay., goto: b }] }
          c: { speaker: ann, line: C., choices: [{ say: To d., goto: d }, { say: Back to b., goto: b }] }
          d: { end: lost }
        """)
        let graph = NodeGraph(scenario)
        let onCycles = graph.nodesOnCycles()
        #expect(scenario.nodes.indices.filter { onCycles[$0] }.map { scenario.nodes[$0].id } == ["b", "c"])
        #expect(PlaySpace(scenario: scenario).countedVisits == ["b", "c"])
    }

    @Test func idsWithInvisibleOrSteeringCharactersAreLocatedErrors() throws {
        for bad in ["value\u{200B}", "a\u{202E}b", "x\u{2066}y", "two words", "\u{301}accent"] {
            let yaml = Self.chain(3).replacingOccurrences(of: "n1", with: bad)
            let result = loadScenario(yaml: "\(yaml)")
            let error = try #require(result.diagnostics.first { $0.code == .invalidValue }, "\(bad.unicodeScalars.map(\.value))")
            #expect(error.message.contains("ids use letters"))
            #expect(error.location.line > 1)
            #expect(!error.message.unicodeScalars.contains { VisibleText.needsReplacing($0) })
        }
        for good in ["value", "报价-2", "step_1.b", "café"] {
            let yaml = Self.chain(3).replacingOccurrences(of: "n1", with: good)
            #expect(loadScenario(yaml: yaml).scenario != nil, "\(good)")
        }
    }
}
