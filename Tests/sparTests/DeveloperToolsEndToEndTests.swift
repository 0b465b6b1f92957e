import Foundation
import Testing

/// The tools for measuring and tuning spar live in `spar-dev`; the trainee's `spar` neither lists
/// nor runs them.
@Suite struct DeveloperToolsEndToEndTests {
    static let tools = ["gen", "probe", "bench-matcher", "eval-matcher"]

    @Test func sparHelpListsNoDeveloperCommand() throws {
        let help = try SparBinary.run(["--help"])
        #expect(help.status == 0)
        #expect(help.stdout.contains("play"))
        let words = Set(help.stdout.split { $0 == " " || $0 == "\n" }.map { $0.trimmingCharacters(in: .punctuationCharacters) })
        // Trimming punctuation takes a leading "_" too: the hidden names of old are caught as well.
        for tool in Self.tools {
            #expect(!words.contains(tool), "spar --help lists \(tool)")
        }
    }

    @Test(arguments: tools)
    func sparDoesNotRunADeveloperCommand(tool: String) throws {
        #expect(try SparBinary.run([tool]).status != 0)
        #expect(try SparBinary.run(["_" + tool]).status != 0)
    }

    @Test func sparDevHelpListsEveryTool() throws {
        let help = try SparBinary.run(["--help"], program: .sparDev)
        #expect(help.status == 0)
        for tool in Self.tools { #expect(help.stdout.contains("  \(tool) "), "spar-dev --help lacks \(tool)") }
    }
}
