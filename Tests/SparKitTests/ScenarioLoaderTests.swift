import Foundation
import SalesMethod
@testable import SparKit
import Testing
import TestSupport

/// Located diagnostics: each test marks where the problem is with `1️⃣` and checks that the
/// loader's diagnostic lands exactly there (1-based line and column, columns in Unicode scalars).
@Suite struct ScenarioLoaderTests {
    static let header = """
    id: t
    title: 测试
    meeting: { minutes: 60, closing_window: 20 }
    contacts:
      wang: { name: 王总, role: approver, attitude: sponsor, style: driver }
    variables: { trust: 0, note: "" }
    start: a

    """

    struct Loaded {
        var result: ScenarioLoadResult
        var markers: [String: MarkerPosition]
    }

    func load(_ marked: String) -> Loaded {
        let (text, markers) = extractMarkers(marked)
        return Loaded(result: loadScenario(yaml: text), markers: markers)
    }

    /// The first diagnostic with `code`; expects it to stand at `marker`.
    @discardableResult
    func expectDiagnostic(_ code: DiagnosticCode, at marker: String, in loaded: Loaded,
                          severity: Diagnostic.Severity = .error,
                          sourceLocation: Testing.SourceLocation = #_sourceLocation) throws -> Diagnostic {
        let diagnostic = try #require(loaded.result.diagnostics.first { $0.code == code },
                                      "no \(code) among \(loaded.result.diagnostics.map(\.description))",
                                      sourceLocation: sourceLocation)
        let position = try #require(loaded.markers[marker], "marker \(marker) missing", sourceLocation: sourceLocation)
        #expect(MarkerPosition(line: diagnostic.location.line, column: diagnostic.location.column) == position,
                "\(diagnostic)", sourceLocation: sourceLocation)
        #expect(diagnostic.location.file == "test.yaml", sourceLocation: sourceLocation)
        #expect(diagnostic.severity == severity, sourceLocation: sourceLocation)
        if severity == .error {
            #expect(loaded.result.scenario == nil, "a scenario with errors must not run", sourceLocation: sourceLocation)
        }
        return diagnostic
    }

    // MARK: - References

    @Test func unresolvedGotoPointsAtTheValueWithASuggestion() throws {
        let loaded = load(Self.header + """
        nodes:
          a:
            speaker: wang
            line: 你好
            choices:
              - { say: 好的，明白了, goto: 1️⃣ende }
          end:
            end: signed
        """)
        let diagnostic = try expectDiagnostic(.unresolvedGoto, at: "1️⃣", in: loaded)
        #expect(diagnostic.message.contains("'ende'"))
        #expect(diagnostic.message.contains("did you mean 'end'?"))
        #expect(diagnostic.length == 4)
        #expect(diagnostic.description == "test.yaml:\(diagnostic.location.line):\(diagnostic.location.column): error[SP0008]: \(diagnostic.message)")
    }

    @Test func unknownContactAsSpeakerIsReportedWithASuggestion() throws {
        let loaded = load(Self.header + """
        nodes:
          a:
            speaker: wangg
            line: 你好
            end: lost
        """)
        let diagnostic = try #require(loaded.result.diagnostics.first { $0.code == .unknownContact })
        #expect(diagnostic.severity == .error)
        #expect(diagnostic.message.contains("'wangg'"))
        #expect(diagnostic.message.contains("did you mean 'wang'?"))
        #expect(diagnostic.notes == ["contacts: wang"])
        #expect(loaded.result.scenario == nil)
    }

    @Test func unknownContactAsSpeakerPointsAtTheSpeaker() throws {
        let loaded = load(Self.header + """
        nodes:
          a:
            speaker: 1️⃣zhang
            line: 你好
            end: lost
        """)
        try expectDiagnostic(.unknownContact, at: "1️⃣", in: loaded)
    }

    @Test func startNamingNoNodeSuggestsTheNearestNode() throws {
        let loaded = load("""
        id: t
        title: 测试
        contacts:
          wang: { name: 王总, role: approver, attitude: sponsor, style: driver }
        start: 1️⃣openin
        nodes:
          opening:
            end: lost
        """)
        let diagnostic = try expectDiagnostic(.missingStart, at: "1️⃣", in: loaded)
        #expect(diagnostic.message.contains("did you mean 'opening'?"))
    }

    @Test func missingStartIsAnError() throws {
        let loaded = load("""
        1️⃣id: t
        title: 测试
        contacts:
          wang: { name: 王总, role: approver, attitude: sponsor, style: driver }
        nodes:
          opening:
            end: lost
        """)
        let diagnostic = try #require(loaded.result.diagnostics.first { $0.message.contains("'start'") })
        #expect(diagnostic.severity == .error)
        #expect(diagnostic.location.line == 1 && diagnostic.location.column == 1)
        #expect(loaded.result.scenario == nil)
        #expect(diagnostic.code == .missingStart)
    }

    // MARK: - Keys and types

    @Test func unknownKeySuggestsTheNearestKey() throws {
        let loaded = load(Self.header + """
        nodes:
          a:
            1️⃣spekaer: wang
            line: 你好
            end: lost
        """)
        let diagnostic = try expectDiagnostic(.unknownKey, at: "1️⃣", in: loaded)
        #expect(diagnostic.message.contains("'spekaer'"))
        #expect(diagnostic.message.contains("did you mean 'speaker'?"))
    }

    @Test func unknownKeyWithNothingCloseListsTheKeys() throws {
        let loaded = load(Self.header + """
        nodes:
          a:
            line: 你好
            1️⃣weather: sunny
            end: lost
        """)
        let diagnostic = try expectDiagnostic(.unknownKey, at: "1️⃣", in: loaded)
        #expect(!diagnostic.message.contains("did you mean"))
        #expect(diagnostic.notes.first?.contains("speaker") == true)
    }

    @Test func choicesAsAMappingIsTheWrongType() throws {
        let loaded = load(Self.header + """
        nodes:
          a:
            line: 你好
            choices: 1️⃣{ say: 好的, goto: a }
        """)
        let diagnostic = try expectDiagnostic(.wrongType, at: "1️⃣", in: loaded)
        #expect(diagnostic.message.contains("choices must be a list"))
    }

    @Test func aListWhereTextIsExpectedIsTheWrongType() throws {
        let loaded = load(Self.header + """
        nodes:
          a:
            line: 1️⃣[你好, 再见]
            end: lost
        """)
        let diagnostic = try expectDiagnostic(.wrongType, at: "1️⃣", in: loaded)
        #expect(diagnostic.message.contains("line must be text"))
    }

    @Test func unknownStageListsTheValidStages() throws {
        let loaded = load(Self.header + """
        nodes:
          a:
            stage: 1️⃣investgation
            line: 你好
            end: lost
        """)
        let diagnostic = try expectDiagnostic(.unknownIdentifier, at: "1️⃣", in: loaded)
        #expect(diagnostic.message.contains("did you mean 'investigation'?"))
        #expect(diagnostic.notes == ["expected one of: stranger, establishment, investigation, growth, maturity"])
    }

    @Test func unknownTaskInAChoiceIsLocated() throws {
        let loaded = load(Self.header + """
        nodes:
          a:
            line: 你好
            choices:
              - say: 我给您演示一下。
                task: 1️⃣demo_solution
                goto: a
        """)
        let diagnostic = try expectDiagnostic(.unknownIdentifier, at: "1️⃣", in: loaded)
        #expect(diagnostic.notes.first?.contains("solution_demo") == true)
    }

    /// A duplicate key must be SP0012 at one of the two keys (libyaml-based Yams rejects duplicates while
    /// composing; the loader must still say where and which key).
    func expectDuplicate(_ loaded: Loaded, key: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws {
        #expect(loaded.result.scenario == nil, sourceLocation: sourceLocation)
        #expect(loaded.result.hasErrors, sourceLocation: sourceLocation)
        let diagnostic = try #require(loaded.result.diagnostics.first { $0.code == .duplicateKey },
                                      "\(loaded.result.diagnostics.map(\.description))")
        let at = MarkerPosition(line: diagnostic.location.line, column: diagnostic.location.column)
        #expect(at == loaded.markers["1️⃣"] || at == loaded.markers["2️⃣"], sourceLocation: sourceLocation)
        #expect(diagnostic.message.contains("'\(key)'"), sourceLocation: sourceLocation)
        // Whatever the code, the message must not paste the whole file.
        #expect(loaded.result.diagnostics.allSatisfy { !$0.message.contains("title: 测试") },
                sourceLocation: sourceLocation)
    }

    @Test func duplicateKeyIsReportedAtTheKey() throws {
        let loaded = load(Self.header + """
        nodes:
          a:
            1️⃣line: 你好
            2️⃣line: 再见
            end: lost
        """)
        try expectDuplicate(loaded, key: "line")
    }

    @Test func duplicateNodeIDIsReportedAtTheNode() throws {
        let loaded = load(Self.header + """
        nodes:
          1️⃣a:
            end: lost
          2️⃣a:
            end: signed
        """)
        try expectDuplicate(loaded, key: "a")
    }

    @Test func closingWindowLongerThanTheMeeting() throws {
        let loaded = load("""
        id: t
        title: 测试
        meeting: { minutes: 30, closing_window: 1️⃣40 }
        contacts:
          wang: { name: 王总, role: approver, attitude: sponsor, style: driver }
        start: a
        nodes:
          a:
            end: lost
        """)
        let diagnostic = try expectDiagnostic(.badMeeting, at: "1️⃣", in: loaded)
        #expect(diagnostic.message.contains("40"))
        #expect(diagnostic.message.contains("30"))
    }

    // MARK: - Expressions

    @Test func expressionErrorInAPlainScalarIsLocatedInsideIt() throws {
        let loaded = load(Self.header + """
        nodes:
          a:
            line: 你好
            choices:
              - say: 好的
                if: trust 1️⃣= 1
                goto: a
        """)
        let diagnostic = try expectDiagnostic(.expressionSyntax, at: "1️⃣", in: loaded)
        #expect(diagnostic.message.contains("use '=='"))
    }

    @Test func expressionErrorInAQuotedScalarCountsTheQuote() throws {
        for quote in ["\"", "'"] {
            let loaded = load(Self.header + """
            nodes:
              a:
                line: 你好
                choices:
                  - say: 好的
                    if: \(quote)trust 1️⃣= 1\(quote)
                    goto: a
            """)
            try expectDiagnostic(.expressionSyntax, at: "1️⃣", in: loaded)
        }
    }

    @Test func expressionErrorAfterChineseTextInAFlowMapping() throws {
        let loaded = load(Self.header + """
        nodes:
          a:
            line: 你好
            choices:
              - { say: 价格确实重要, if: "note == '价格' 1️⃣= 1", goto: a }
        """)
        try expectDiagnostic(.expressionSyntax, at: "1️⃣", in: loaded)
    }

    @Test func expressionErrorAfterAnEscapedQuote() throws {
        // In the file `\"` takes two columns, in the parsed text one.
        let loaded = load(Self.header + #"""
        nodes:
          a:
            line: 你好
            choices:
              - say: 好的
                if: "note == \"a\" 1️⃣= 1"
                goto: a
        """#)
        try expectDiagnostic(.expressionSyntax, at: "1️⃣", in: loaded)
    }

    @Test func expressionErrorAfterAnEmojiFlag() throws {
        // 🇨🇳 is one Character but two Unicode scalars: two columns, as libyaml counts.
        let loaded = load(Self.header + """
        nodes:
          a:
            line: 你好
            choices:
              - say: 好的
                if: note == '🇨🇳' 1️⃣= 1
                goto: a
        """)
        try expectDiagnostic(.expressionSyntax, at: "1️⃣", in: loaded)
    }

    @Test func unknownNameInAnExpressionSuggestsTheVariable() throws {
        let loaded = load(Self.header + """
        nodes:
          a:
            line: 你好
            choices:
              - say: 好的
                if: 1️⃣trus > 0
                goto: a
        """)
        let diagnostic = try expectDiagnostic(.unknownName, at: "1️⃣", in: loaded)
        #expect(diagnostic.message.contains("'trus'"))
        #expect(diagnostic.message.contains("did you mean 'trust'?"))
        #expect(diagnostic.length == 4)
    }

    @Test func unknownNameInsideAQuotedExpression() throws {
        let loaded = load(Self.header + """
        nodes:
          a:
            line: 你好
            choices:
              - say: 好的
                if: "trust > 0 && 1️⃣mood == 1"
                goto: a
        """)
        let diagnostic = try expectDiagnostic(.unknownName, at: "1️⃣", in: loaded)
        #expect(diagnostic.message.contains("'mood'"))
    }

    @Test func unknownNameInASetIsLocated() throws {
        let loaded = load(Self.header + """
        nodes:
          a:
            line: 你好
            choices:
              - say: 好的
                set: { trust: "trust + 1️⃣bonus" }
                goto: a
        """)
        try expectDiagnostic(.unknownName, at: "1️⃣", in: loaded)
    }

    // MARK: - Syntax and files

    @Test func yamlSyntaxErrorIsLocated() throws {
        let loaded = load(Self.header + """
        nodes:
          a:
            line: "你好" 1️⃣x
            end: lost
        """)
        let diagnostic = try expectDiagnostic(.yamlSyntax, at: "1️⃣", in: loaded)
        #expect(loaded.result.diagnostics.count == 1)
        #expect(!diagnostic.message.isEmpty)
    }

    @Test func emptyFileIsAnErrorNotACrash() {
        for text in ["", "\n\n", "# only a comment\n"] {
            let result = loadScenario(yaml: text)
            #expect(result.scenario == nil)
            #expect(result.hasErrors)
            let diagnostic = result.diagnostics.first
            #expect(diagnostic?.code == .missingKey)
            #expect(diagnostic?.message.contains("empty") == true)
            #expect(diagnostic?.location == SparKit.SourceLocation(file: "test.yaml", line: 1, column: 1))
        }
    }

    @Test func invalidUTF8IsAnError() {
        let result = ScenarioLoader.load(data: Data([0x69, 0x64, 0x3A, 0x20, 0xFF, 0xFE, 0xC3]), file: "bad.yaml")
        #expect(result.scenario == nil)
        #expect(result.diagnostics.map(\.code) == [.unreadableFile])
        #expect(result.diagnostics.first?.location.file == "bad.yaml")
    }

    @Test func aMissingFileIsAnError() {
        let result = ScenarioLoader.load(contentsOfFile: fixturePath("does-not-exist.yaml"))
        #expect(result.scenario == nil)
        #expect(result.diagnostics.map(\.code) == [.unreadableFile])
    }

    @Test func aDeadEndIsAWarningNotAnError() throws {
        let loaded = load(Self.header + """
        nodes:
          a:
            line: 你好
            choices:
              - { say: 好的, goto: b }
          1️⃣b:
            line: 然后呢？
        """)
        let diagnostic = try expectDiagnostic(.deadEnd, at: "1️⃣", in: loaded, severity: .warning)
        #expect(diagnostic.message.contains("'b'"))
        #expect(!loaded.result.hasErrors)
        #expect(loaded.result.scenario != nil)
    }

    @Test func everyProblemIsReportedInOnePassInFileOrder() throws {
        let loaded = load(Self.header + """
        nodes:
          a:
            1️⃣spekaer: wang
            stage: 2️⃣growht
            choices:
              - { say: 好的, goto: 3️⃣nowhere }
        """)
        let diagnostics = loaded.result.diagnostics
        #expect(diagnostics.map(\.code) == [.unknownKey, .unknownIdentifier, .unresolvedGoto])
        for (diagnostic, marker) in zip(diagnostics, ["1️⃣", "2️⃣", "3️⃣"]) {
            #expect(MarkerPosition(line: diagnostic.location.line, column: diagnostic.location.column) == loaded.markers[marker])
        }
    }

    @Test func miniLoadsCleanly() throws {
        let path = fixturePath("mini.yaml")
        let result = ScenarioLoader.load(contentsOfFile: path)
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics.map(\.description))")
        let scenario = try #require(result.scenario)
        #expect(scenario.id == "mini")
        #expect(scenario.start == "opening")
        #expect(scenario.nodes.map(\.id) == ["opening", "metrics", "discount", "signed", "later", "lost"])
        #expect(scenario.contacts.map(\.id) == ["wang", "li"])
        #expect(scenario.meeting == Meeting(minutes: 30, closingWindow: 10))
        let data = try #require(FileManager.default.contents(atPath: path))
        #expect(scenario.sha256 == SHA256.hex(of: data))
        #expect(scenario.file == path)
    }
}
