import Foundation
import SalesMethod
@testable import SparKit
import Testing
import TestSupport

/// The catalogue of diagnostic codes: every `DiagnosticCode` has a smallest scenario (or file, or
/// transcript) that triggers exactly that code, at the `1️⃣` marker, and an entry in
/// docs/diagnostics.md. A new code without an example here fails `everyCodeHasAnExample`.
@Suite struct DiagnosticCatalogueTests {
    /// What an example is fed to.
    enum Input {
        /// Scenario YAML, checked as `spar lint` checks it: the loader, then (when it loads) the validator.
        case scenario
        /// Scenario bytes: the text's UTF-8 with every U+FFFD replaced by the invalid byte 0xFF.
        case bytes
        /// Transcript JSON Lines; `{{header}}` stands for a valid header line.
        case transcript
        /// Scenario YAML followed by a comment line that takes the text past the size limit.
        case paddedPastSizeLimit
    }

    struct Example {
        var input: Input = .scenario
        var severity: Diagnostic.Severity
        var marked: String
        /// Other codes the same text cannot help triggering (none so far).
        var unavoidable: [DiagnosticCode] = []
    }

    // MARK: - A clean scenario to start from

    /// Every example starts from this: one contact (a sponsor), a meeting whose closing window
    /// is the whole meeting, and (in `clean`) a choice that scores every dimension.
    static let head = """
    id: t
    title: 测试
    meeting: { minutes: 10, closing_window: 10 }
    contacts:
      wang: { name: 王总, role: approver, attitude: sponsor, style: driver }
    start: a

    """

    /// An author score in every dimension the scenario itself can score (people is scored by /map).
    /// Closing gets 5 so it stays above zero after the −3 for no close before the meeting ends.
    static let scoresAll = "score: { stage: 1, classification: 1, discovery: 1, objection: 1, closing: 5, rapport: 1 }"

    static let clean = head + """
    nodes:
      a:
        speaker: wang
        line: 你好
        choices:
          - say: 您好，王总。
            \(scoresAll)
            goto: b
      b:
        end: lost
    """

    // MARK: - The examples, one per code

    static let examples: [DiagnosticCode: Example] = [
        .unreadableFile: Example(input: .bytes, severity: .error, marked: """
        id: t
        title: 测试1️⃣\u{FFFD}
        """),

        .yamlSyntax: Example(severity: .error, marked: head + """
        nodes:
          a:
            line: 1️⃣"你好
            end: lost
        """),

        .unknownKey: Example(severity: .error, marked: head + """
        nodes:
          a:
            1️⃣spekaer: wang
            line: 你好
            end: lost
        """),

        .wrongType: Example(severity: .error, marked: head + """
        nodes:
          a:
            line: 你好
            choices:
              1️⃣say: 您好
              goto: b
          b:
            end: lost
        """),

        .missingKey: Example(severity: .error, marked: """
        id: t
        title: 测试
        contacts:
          wang: { name: 王总, role: approver, attitude: sponsor, style: driver }
          li: 1️⃣{ name: 李工, role: evaluator, attitude: neutral }
        start: a
        nodes:
          a:
            end: lost
        """),

        .unknownIdentifier: Example(severity: .error, marked: head + """
        nodes:
          a:
            stage: 1️⃣investgation
            line: 你好
            end: lost
        """),

        .unknownContact: Example(severity: .error, marked: head + """
        nodes:
          a:
            speaker: 1️⃣zhao
            line: 你好
            end: lost
        """),

        .unresolvedGoto: Example(severity: .error, marked: head + """
        nodes:
          a:
            choices:
              - say: 您好
                goto: 1️⃣metricz
          metrics:
            end: lost
        """),

        .missingStart: Example(severity: .error, marked: """
        id: t
        title: 测试
        contacts:
          wang: { name: 王总, role: approver, attitude: sponsor, style: driver }
        start: 1️⃣openning
        nodes:
          opening:
            end: lost
        """),

        .expressionSyntax: Example(severity: .error, marked: head + """
        nodes:
          a:
            choices:
              - say: 您好
                if: "elapsed > 2 &&1️⃣"
                goto: b
              - { say: 再见, goto: b }
          b:
            end: lost
        """),

        .unknownName: Example(severity: .error, marked: head + """
        variables: { trust: 0 }
        nodes:
          a:
            choices:
              - say: 您好
                if: "1️⃣trsut > 2"
                goto: b
              - { say: 再见, goto: b }
          b:
            end: lost
        """),

        .duplicateKey: Example(severity: .error, marked: head + """
        nodes:
          a:
            line: 你好
            1️⃣line: 您好
            end: lost
        """),

        .badMeeting: Example(severity: .error, marked: """
        id: t
        title: 测试
        meeting: { minutes: 30, closing_window: 1️⃣40 }
        contacts:
          wang: { name: 王总, role: approver, attitude: sponsor, style: driver }
        start: a
        nodes:
          a:
            end: lost
        """),

        .invalidValue: Example(severity: .error, marked: head + """
        nodes:
          a:
            line: 你好
            minutes: 1️⃣-5
            end: lost
        """),

        .deadEnd: Example(severity: .warning, marked: head + """
        nodes:
          a:
            speaker: wang
            line: 你好
            choices:
              - say: 您好，王总。
                \(scoresAll)
                goto: b
          1️⃣b:
            line: 然后呢？
        """),

        .badTranscript: Example(input: .transcript, severity: .error, marked: """
        {{header}}
        1️⃣{"type":"turn","n":1,
        {"type":"end"}
        """),

        // MARK: Warnings from analysing the whole scenario

        .unreachableNode: Example(severity: .warning, marked: clean + """

          1️⃣orphan:
            end: next_meeting
        """),

        .conditionNeverHolds: Example(severity: .warning, marked: head + """
        nodes:
          a:
            speaker: wang
            line: 你好
            choices:
              - say: 您好，王总。
                \(scoresAll)
                goto: b
              - say: 会议开了很久了。
                if: "1️⃣elapsed > 100"
                goto: b
          b:
            end: lost
        """),

        // The meeting's ten minutes are up on arriving at `late`, so its choice is never offered.
        .unreachableEnding: Example(severity: .warning, marked: head + """
        nodes:
          a:
            speaker: wang
            line: 你好
            choices:
              - say: 您好，王总。
                \(scoresAll)
                minutes: 10
                goto: late
          late:
            line: 时间到了。
            choices:
              - { say: 那我们签了吧。, goto: deal }
          1️⃣deal:
            end: next_meeting
        """),

        .cycleWithoutExit: Example(severity: .warning, marked: head + """
        nodes:
          a:
            speaker: wang
            line: 你好
            choices:
              - say: 您好，王总。
                \(scoresAll)
                goto: b
              - { say: 我们聊聊技术。, goto: tech }
          b:
            end: lost
          1️⃣tech:
            line: 参数呢？
            choices:
              - { say: 参数在这里。, goto: more }
          more:
            line: 还有呢？
            choices:
              - { say: 再说一遍参数。, goto: tech }
        """),

        .edgeSkipsStage: Example(severity: .warning, marked: head + """
        nodes:
          a:
            stage: stranger
            speaker: wang
            line: 你好
            choices:
              - say: 您好，王总。
                \(scoresAll)
                goto: 1️⃣b
          b:
            stage: investigation
            end: lost
        """),

        .edgeMovesBackwards: Example(severity: .warning, marked: head + """
        nodes:
          a:
            stage: investigation
            speaker: wang
            line: 你好
            choices:
              - say: 您好，王总。
                \(scoresAll)
                goto: 1️⃣b
          b:
            stage: establishment
            end: lost
        """),

        .objectionNeverResolved: Example(severity: .warning, marked: head + """
        nodes:
          1️⃣a:
            speaker: wang
            line: 太贵了。
            objection: price
            choices:
              - say: 您是和哪家比的？
                handles: explore
                \(scoresAll)
                goto: b
          b:
            end: lost
        """),

        .signedWithoutSponsor: Example(severity: .warning, marked: """
        id: t
        title: 测试
        meeting: { minutes: 10, closing_window: 10 }
        contacts:
          li: { name: 李工, role: evaluator, attitude: neutral, style: analytical }
        start: a
        nodes:
          a:
            speaker: li
            line: 你好
            choices:
              - say: 您好，李工。
                \(scoresAll)
                goto: b
          1️⃣b:
            end: signed
        """),

        // Every path takes 5 minutes; the window opens at minute 40 of 60.
        .closingWindowUnreachable: Example(severity: .warning, marked: """
        id: t
        title: 测试
        1️⃣meeting: { minutes: 60, closing_window: 20 }
        contacts:
          wang: { name: 王总, role: approver, attitude: sponsor, style: driver }
        start: a
        nodes:
          a:
            speaker: wang
            line: 你好
            minutes: 5
            choices:
              - say: 您好，王总。
                \(scoresAll)
                goto: b
          b:
            end: lost
        """),

        .dimensionNeverScored: Example(severity: .warning, marked: head + """
        1️⃣nodes:
          a:
            speaker: wang
            line: 你好
            choices:
              - say: 您好，王总。
                score: { stage: 1, classification: 1, discovery: 1, objection: 1, closing: 5 }
                goto: b
          b:
            end: lost
        """),

        .variableNeverRead: Example(severity: .warning, marked: head + """
        nodes:
          a:
            speaker: wang
            line: 你好
            choices:
              - say: 您好，王总。
                \(scoresAll)
                set: { 1️⃣greeted: "true" }
                goto: b
          b:
            end: lost
        """),

        .variableNeverSet: Example(severity: .warning, marked: head + """
        variables: { trust: 0 }
        nodes:
          a:
            speaker: wang
            line: 你好
            choices:
              - say: 您好，王总。
                \(scoresAll)
                goto: b
              - say: 王总，我们很熟了。
                if: "1️⃣trust > 2 || elapsed >= 0"
                goto: b
          b:
            end: lost
        """),

        // MARK: Limits that keep loading a hostile file cheap

        .fileTooLarge: Example(input: .paddedPastSizeLimit, severity: .error, marked: "1️⃣" + clean),

        .nestingTooDeep: Example(severity: .error, marked: clean + """

        notes: \(String(repeating: "[", count: 63))1️⃣[\(String(repeating: "]", count: 64))
        """),

        .aliasesExpandTooFar: Example(severity: .error, marked: clean + """

        notes:
          greeting: &hello 你好
          echo: [\(String(repeating: "*hello, ", count: 10_000))1️⃣*hello]
        """),

        .textTooLong: Example(severity: .error, marked: clean + """

        notes:
          long: 1️⃣\(String(repeating: "长", count: 30_000))
        """),

        .duplicateMatchPhrase: Example(severity: .warning, marked: head + """
        nodes:
          a:
            speaker: wang
            line: 你好
            choices:
              - say: 您好，王总。
                match: [你好]
                \(scoresAll)
                goto: b
              - 1️⃣say: 王总好。
                match: [你好, 王总好]
                goto: b
          b:
            end: lost
        """),

        .textCutByComment: Example(severity: .warning, marked: head + """
        nodes:
          a:
            speaker: wang
            line: 价格高了 1️⃣# 百分之十五
            choices:
              - say: 您好，王总。
                \(scoresAll)
                goto: b
          b:
            end: lost
        """),

        .indistinctChoices: Example(severity: .warning, marked: head + """
        nodes:
          a:
            speaker: wang
            line: 你好
            choices:
              - 1️⃣say: 我们可以给您打九折。
                \(scoresAll)
                goto: b
              - say: 我们可以给您打个九折吧。
                goto: b
          b:
            end: lost
        """),
    ]

    // MARK: - Running an example

    /// Every diagnostic the example's input gives, and where its marker stands.
    static func diagnostics(of example: Example) -> (diagnostics: [Diagnostic], marker: MarkerPosition?) {
        switch example.input {
        case .scenario:
            let (text, markers) = extractMarkers(example.marked)
            return (lint(text), markers["1️⃣"])
        case .bytes:
            let (text, markers) = extractMarkers(example.marked)
            var bytes: [UInt8] = []
            for scalar in text.unicodeScalars {
                if scalar == "\u{FFFD}" { bytes.append(0xFF) } else { bytes += Array(String(scalar).utf8) }
            }
            return (ScenarioLoader.load(data: Data(bytes), file: "test.yaml").diagnostics, markers["1️⃣"])
        case .paddedPastSizeLimit:
            let (text, markers) = extractMarkers(example.marked)
            return (lint(text + "\n#" + String(repeating: "x", count: YAMLPreflight.maximumBytes)), markers["1️⃣"])
        case .transcript:
            let scenario = ScenarioLoader.load(text: clean, file: "test.yaml").scenario!
            let header = TranscriptCoding.line(TranscriptHeader(
                scenario: scenario, trainee: "张三", mode: .practice, lang: .zh, version: "0.1.0",
                started: "2026-11-22T15:31:07Z"))
            let (text, markers) = extractMarkers(example.marked.replacingOccurrences(of: "{{header}}", with: header))
            switch Transcript.parse(text, file: "test.yaml") {
            case .success(let transcript): return (transcript.diagnostics, markers["1️⃣"])
            case .failure(let diagnostic): return ([diagnostic], markers["1️⃣"])
            }
        }
    }

    /// What `spar lint` reports for a scenario text: the loader's diagnostics, then the validator's
    /// warnings when the scenario loads.
    static func lint(_ text: String) -> [Diagnostic] {
        let result = loadScenario(yaml: text)
        guard let scenario = result.scenario else { return result.diagnostics }
        return result.diagnostics + ScenarioValidator.warnings(for: scenario)
    }

    // MARK: - Tests

    @Test func theCleanStartingPointHasNoDiagnostics() {
        let found = Self.lint(Self.clean)
        #expect(found.isEmpty, "\(found.map(\.description))")
    }

    @Test(arguments: DiagnosticCode.allCases)
    func everyCodeHasAnExampleThatTriggersExactlyIt(code: DiagnosticCode) throws {
        let example = try #require(Self.examples[code],
                                   "\(code.rawValue) (\(code)) has no example in DiagnosticCatalogueTests: add one")
        let (found, marker) = Self.diagnostics(of: example)
        let position = try #require(marker, "the example for \(code.rawValue) has no 1️⃣ marker")
        let listing = found.map(\.description)

        let ofCode = found.filter { $0.code == code }
        #expect(ofCode.count == 1, "\(code.rawValue) should appear once: \(listing)")
        let others = found.filter { $0.code != code }.map(\.code)
        #expect(others == example.unavoidable, "\(code.rawValue)'s example triggers other codes too: \(listing)")

        let diagnostic = try #require(ofCode.first, "\(code.rawValue) not triggered: \(listing)")
        #expect(MarkerPosition(line: diagnostic.location.line, column: diagnostic.location.column) == position,
                "\(code.rawValue) at \(diagnostic.location), expected \(position): \(diagnostic.message)")
        #expect(diagnostic.location.file == "test.yaml")
        #expect(diagnostic.severity == example.severity)
        #expect(!diagnostic.message.isEmpty)
        #expect(diagnostic.description.contains("[\(code.rawValue)]"))
    }

    @Test func examplesWithErrorsDoNotLoad() {
        for (code, example) in Self.examples where example.input == .scenario && example.severity == .error {
            let (text, _) = extractMarkers(example.marked)
            #expect(loadScenario(yaml: text).scenario == nil, "\(code.rawValue): a scenario with an error must not run")
        }
    }

    @Test func warningsAloneLeaveTheScenarioPlayable() {
        for (code, example) in Self.examples where example.input == .scenario && example.severity == .warning {
            let (text, _) = extractMarkers(example.marked)
            #expect(loadScenario(yaml: text).scenario != nil, "\(code.rawValue) is a warning: the scenario must still load")
        }
    }

    // MARK: - The documentation

    static let documentation: String = {
        let path = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("docs/diagnostics.md").path
        return (try? String(contentsOfFile: path, encoding: .utf8)) ?? ""
    }()

    /// The text of `## SPxxxx` up to the next heading.
    static func entry(_ code: DiagnosticCode) -> String? {
        let lines = documentation.split(separator: "\n", omittingEmptySubsequences: false)
        guard let start = lines.firstIndex(where: { $0.hasPrefix("## \(code.rawValue) ") || $0 == "## \(code.rawValue)" })
        else { return nil }
        let rest = lines[(start + 1)...]
        let end = rest.firstIndex { $0.hasPrefix("## ") } ?? lines.endIndex
        return lines[start..<end].joined(separator: "\n")
    }

    @Test(arguments: DiagnosticCode.allCases)
    func everyCodeIsDocumentedWithAFix(code: DiagnosticCode) throws {
        #expect(!Self.documentation.isEmpty, "docs/diagnostics.md not found")
        let entry = try #require(Self.entry(code), "docs/diagnostics.md has no '## \(code.rawValue)' heading")
        #expect(entry.contains("**Fix:**"), "the \(code.rawValue) entry does not say how to fix it")
        #expect(Self.documentation.contains("| \(code.rawValue) |"), "\(code.rawValue) is missing from the table")
    }

    @Test func theDocumentationNamesNoCodeThatDoesNotExist() {
        let known = Set(DiagnosticCode.allCases.map(\.rawValue))
        let headings = Self.documentation.split(separator: "\n")
            .filter { $0.hasPrefix("## SP") }
            .map { String($0.dropFirst(3).prefix(6)) }
        #expect(!headings.isEmpty)
        #expect(Set(headings).subtracting(known).isEmpty)
        #expect(headings.count == Set(headings).count, "a code is documented twice")
    }

    // MARK: - Hints: the cause of a mistake, where it is

    /// What a Chinese keyboard or a first YAML file slips in, each reported at its cause (the
    /// 1️⃣ marker) with the code and a message naming the fix, not where libyaml stumbled after it.
    static let hints: [(name: String, code: DiagnosticCode, says: String, example: Example)] = [
        ("full-width colon after a key", .yamlSyntax, "full-width colon '：' after 'speaker'", Example(severity: .error, marked: head + """
        nodes:
          a:
            speaker1️⃣： wang
            line: 你好
            end: lost
        """)),
        ("full-width space in the indentation", .yamlSyntax, "full-width space (U+3000)", Example(severity: .error, marked: head + """
        nodes:
          a:
        1️⃣\u{3000}\u{3000}speaker: wang
            line: 你好
            end: lost
        """)),
        ("a tab in the indentation", .yamlSyntax, "a tab in the indentation", Example(severity: .error, marked: head + """
        nodes:
          a:
        1️⃣\t  speaker: wang
            line: 你好
            end: lost
        """)),
        ("an unquoted ! read as a YAML tag", .invalidValue, "'!promise_kept' is read as a YAML tag", Example(severity: .error, marked: head + """
        variables: { promise_kept: false }
        nodes:
          a:
            speaker: wang
            line: 你好
            choices:
              - say: 您好，王总。
                \(scoresAll)
                if: 1️⃣!promise_kept
                goto: b
          b:
            end: lost
        """)),
        ("a misspelt literal word", .unknownName, "did you mean 'first'?", Example(severity: .error, marked: head + """
        nodes:
          a:
            speaker: wang
            line: 你好
            choices:
              - say: 您好，王总。
                \(scoresAll)
                if: kp == 1️⃣frist
                goto: b
          b:
            end: lost
        """)),
        ("a counter only its own updates read", .variableNeverRead, "its own updates do not count", Example(severity: .warning, marked: head + """
        variables: { calls: 0 }
        nodes:
          a:
            speaker: wang
            line: 你好
            choices:
              - say: 您好，王总。
                \(scoresAll)
                set: { 1️⃣calls: calls + 1 }
                goto: b
          b:
            end: lost
        """)),
        ("a byte that is not UTF-8, deep in the file", .unreadableFile, "byte 0xFF", Example(input: .bytes, severity: .error, marked: head + """
        nodes:
          a:
            line: 你好1️⃣\u{FFFD}
            end: lost
        """)),
    ]

    @Test(arguments: hints.indices)
    func eachHintIsReportedAtItsCause(index: Int) throws {
        let hint = Self.hints[index]
        let (found, marker) = Self.diagnostics(of: hint.example)
        let position = try #require(marker, "\(hint.name): no 1️⃣ marker")
        let diagnostic = try #require(found.first { $0.code == hint.code }, "\(hint.name): \(found.map(\.description))")
        #expect(MarkerPosition(line: diagnostic.location.line, column: diagnostic.location.column) == position,
                "\(hint.name): at \(diagnostic.location), expected \(position): \(diagnostic.message)")
        #expect(diagnostic.message.contains(hint.says), "\(hint.name): \(diagnostic.message)")
        #expect(diagnostic.severity == hint.example.severity, "\(hint.name)")
    }
}
