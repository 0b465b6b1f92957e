import Foundation
import Testing

@Suite struct LintEndToEndTests {
    @Test func aScenarioTooLargeForTheExactSearchSaysItsPlayWasNotSearched() throws {
        let dir = try SparBinary.temporaryDirectory()
        let generated = try SparBinary.run(["gen", "scenario", "--nodes", "1000"], program: .sparDev)
        #expect(generated.status == 0)
        let file = dir.appendingPathComponent("large.yaml")
        try generated.stdout.write(to: file, atomically: true, encoding: .utf8)
        let result = try SparBinary.run(["lint", file.path, "Tests/Fixtures/mini.yaml"])
        #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
        #expect(result.stdout.contains("2 files checked: 0 errors, 0 warnings; play not searched in 1 (too large for the exact search"))
    }

    @Test func aGotoToAMissingNodeIsLocatedAndExitsOne() throws {
        let dir = try SparBinary.temporaryDirectory()
        let file = dir.appendingPathComponent("broken.yaml")
        try """
        id: broken
        title: 坏掉的场景
        contacts:
          wang: { name: 王总, role: approver, attitude: sponsor, style: driver }
        start: opening
        nodes:
          opening:
            speaker: wang
            line: 你好。
            choices:
              - say: 您好，王总。
                goto: metricz
          metrics:
            end: lost
        """.write(to: file, atomically: true, encoding: .utf8)
        let result = try SparBinary.run(["lint", file.path])
        #expect(result.status == 1)
        #expect(result.stdout.contains("\(file.path):12:15: error[SP0008]: goto names no node: 'metricz'; did you mean 'metrics'?"))
        // The source line and a caret under the value.
        #expect(result.stdout.contains("12 |         goto: metricz"))
        #expect(result.stdout.contains("   |               ^~~~~~~"))

        let play = try SparBinary.run(["play", file.path])
        #expect(play.status == 1)
        #expect(play.stderr.contains("error[SP0008]"))
    }

    @Test func jsonFormatListsDiagnostics() throws {
        let dir = try SparBinary.temporaryDirectory()
        let file = dir.appendingPathComponent("typo.yaml")
        try "id: x\ntitle: t\ncontacts: {}\nstart: a\nnodes:\n  a:\n    spekaer: wang\n    end: lost\n"
            .write(to: file, atomically: true, encoding: .utf8)
        let result = try SparBinary.run(["lint", "--format", "json", file.path])
        #expect(result.status == 1)
        let entries = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]])
        let unknownKey = try #require(entries.first { ($0["code"] as? String) == "SP0003" })
        #expect(unknownKey["line"] as? Int == 7)
        #expect(unknownKey["column"] as? Int == 5)
        #expect((unknownKey["message"] as? String)?.contains("did you mean 'speaker'?") == true)
    }

    @Test func theFixtureLintsClean() throws {
        let result = try SparBinary.run(["lint", "Tests/Fixtures/mini.yaml"])
        #expect(result.status == 0, "\(result.stdout)")
        #expect(result.stdout.contains("0 errors, 0 warnings"))
    }
}
