import Foundation
@testable import SparKit
import Testing
import TestSupport

/// Files a trainer might hand spar by mistake or malice: each is refused with a located
/// diagnostic, in bounded time and memory, before anything expensive is built.
@Suite struct HostileScenarioFileTests {
    static let head = """
    id: t
    title: 测试
    meeting: { minutes: 30, closing_window: 10 }
    contacts:
      wang: { name: 王总, role: approver, attitude: sponsor, style: driver }
    start: n0

    """

    /// Loads `text` and returns its diagnostics, failing if that took more than `limit`.
    func load(_ text: String, within limit: Duration = .seconds(10),
              sourceLocation: Testing.SourceLocation = #_sourceLocation) -> ScenarioLoadResult {
        let clock = ContinuousClock()
        var result: ScenarioLoadResult?
        let took = clock.measure { result = loadScenario(yaml: text) }
        #expect(took < limit, "loading took \(took)", sourceLocation: sourceLocation)
        return result!
    }

    func codes(_ result: ScenarioLoadResult) -> [DiagnosticCode] { result.diagnostics.map(\.code) }

    static func laughs(levels: Int) -> String {
        var lines = ["a0: &a0 [x, x, x, x, x, x, x, x, x, x]"]
        for level in 1...levels {
            lines.append("a\(level): &a\(level) [" + Array(repeating: "*a\(level - 1)", count: 10).joined(separator: ", ") + "]")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    // MARK: - Aliases

    @Test func aBillionLaughsIsRefusedWhereItExplodes() {
        let result = load(Self.head + "notes:\n" + Self.laughs(levels: 9).split(separator: "\n").map { "  " + $0 }.joined(separator: "\n"))
        #expect(codes(result) == [.aliasesExpandTooFar])
        #expect(result.diagnostics.first?.location.line == 13)
    }

    /// Yams hashes every mapping key in full: a bomb used as a key would otherwise hang the composer.
    @Test func aBillionLaughsAsAMappingKeyDoesNotHang() {
        let result = load(Self.laughs(levels: 9) + "? *a9\n: 1\n", within: .seconds(5))
        #expect(codes(result) == [.aliasesExpandTooFar])
    }

    @Test func tenThousandAliasesAreFineButNotMore() {
        let few = load(Self.head + "notes:\n  x: &x 1\n  y: [" + Array(repeating: "*x", count: 10_000).joined(separator: ", ") + "]\n")
        #expect(!codes(few).contains(.aliasesExpandTooFar))
        let many = load(Self.head + "notes:\n  x: &x 1\n  y: [" + Array(repeating: "*x", count: 10_001).joined(separator: ", ") + "]\n")
        #expect(codes(many) == [.aliasesExpandTooFar])
    }

    // MARK: - Line breaks

    /// Found by fuzzing: libyaml counts a lone carriage return as a line break, so a duplicate
    /// key's line lay past the last "\n" and looking for its second occurrence trapped.
    @Test func aDuplicateKeyAfterCarriageReturnsIsALocatedError() {
        let result = load("title: b\r\r\r\r\r\rid: a\rid: c\n")
        #expect(codes(result) == [.duplicateKey])
        #expect(result.diagnostics.allSatisfy { $0.location.line >= 1 })
    }

    // MARK: - Nesting

    @Test(arguments: [65, 999, 100_000])
    func deepFlowNestingIsRefused(depth: Int) {
        let result = load(Self.head + "notes: " + String(repeating: "[", count: depth) + String(repeating: "]", count: depth) + "\n")
        #expect(codes(result) == [.nestingTooDeep])
    }

    @Test func deepBlockNestingIsRefusedAtTheLevelPastTheLimit() {
        let nested = (1...200).map { String(repeating: " ", count: $0) + "k\($0):" }.joined(separator: "\n")
        let result = load("notes:\n" + nested + " 1\n")
        #expect(codes(result) == [.nestingTooDeep])
        #expect(result.diagnostics.first?.location.line == 65)
    }

    @Test func sixtyFourLevelsAreAllowed() {
        let result = load(Self.head + "notes: " + String(repeating: "[", count: 63) + String(repeating: "]", count: 63) + "\n")
        #expect(!codes(result).contains(.nestingTooDeep))
    }

    // MARK: - Size

    @Test func aFileOverTheLimitIsRefusedWithoutReadingItAll() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("spar-huge-\(UUID().uuidString).yaml").path
        FileManager.default.createFile(atPath: path, contents: nil)
        let handle = try #require(FileHandle(forWritingAtPath: path))
        try handle.truncate(atOffset: 80 * 1024 * 1024)   // 80 MB, sparse: past the 64 MB limit
        try handle.close()
        defer { try? FileManager.default.removeItem(atPath: path) }
        let result = ScenarioLoader.load(contentsOfFile: path)
        #expect(codes(result) == [.fileTooLarge])
    }

    @Test func anEndlessFileIsRefusedToo() {
        let result = ScenarioLoader.load(contentsOfFile: "/dev/zero")
        #expect(codes(result) == [.fileTooLarge])
    }

    @Test func aLongChainOfNodesLoadsAndItsSearchEnds() {
        func chain(_ count: Int) -> String {
            Self.head + "nodes:\n" + (0..<count - 1).map { i in
                "  n\(i):\n    speaker: wang\n    line: 第\(i)句\n    choices:\n      - { say: 回答\(i), goto: n\(i + 1) }\n"
            }.joined() + "  n\(count - 1):\n    end: lost\n"
        }
        let allowed = load(chain(2_000))
        let scenario = try? #require(allowed.scenario, "\(allowed.diagnostics)")
        if let scenario {
            // The search walks a path 2,000 answers long: with an explicit stack, not recursion.
            let best = ScoreSearch.best(for: scenario)
            #expect(best.exhaustive)
        }
    }

    // MARK: - Expressions

    @Test func aDeeplyNestedExpressionIsALocatedError() {
        let deep = String(repeating: "(", count: 65) + "1" + String(repeating: ")", count: 65)
        let result = load(Self.head + "nodes:\n  n0:\n    choices:\n      - say: 好\n        if: \"\(deep)\"\n        goto: end\n  end:\n    end: lost\n")
        #expect(codes(result) == [.expressionSyntax])
        #expect(result.diagnostics.first?.message.contains("deeper than 64") == true)
    }

    @Test func aHugeExpressionIsALocatedError() {
        let long = Array(repeating: "trust", count: 400).joined(separator: " + ")
        let result = load(Self.head + "variables: { trust: 0 }\nnodes:\n  n0:\n    choices:\n      - say: 好\n        if: \"\(long) > 0\"\n        goto: end\n  end:\n    end: lost\n")
        #expect(codes(result).contains(.expressionSyntax))
    }

    /// Expressions read the session and nothing else: three functions, no I/O, no loops; the
    /// largest accepted expression evaluates at once.
    @Test func expressionsCannotDoIOOrLoop() throws {
        #expect(ExpressionFunction.allCases.map(\.rawValue) == ["visits", "visited", "known"])
        let largest = Array(repeating: "visits(n0) * 9", count: 58).joined(separator: " + ")
        #expect(largest.count <= Expression.maximumLength)
        let expression = try Expression.parse(largest).get()
        let clock = ContinuousClock()
        let took = clock.measure {
            for _ in 0..<1_000 { _ = expression.evaluate(in: DictionaryEnvironment(visits: ["n0": Int.max])) }
        }
        #expect(took < .seconds(5))
        #expect(expression.evaluate(in: DictionaryEnvironment(visits: ["n0": Int.max])) == .int(Int.max), "saturates, never traps")
        #expect(Expression.parse("readFile('/etc/passwd')").isFailure)
        #expect(Expression.parse("while true").isFailure)
    }
}

extension Result {
    var isFailure: Bool { if case .failure = self { true } else { false } }
}
