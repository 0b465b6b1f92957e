import Foundation
import Testing

/// What the command line says about itself: a mistyped command is named with the one meant, help
/// lists an option's values and states a default once, and a scorecard says when hints helped.
@Suite struct CommandLineWordingEndToEndTests {
    @Test func aMistypedCommandSuggestsTheOneMeant() throws {
        let result = try SparBinary.run(["plya", "valve-retrofit"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("unknown command 'plya'; did you mean 'spar play'?"), "\(result.stderr)")
        #expect(!result.stdout.contains("spar menu"))
    }

    @Test func helpListsValuesAndStatesEachDefaultOnce() throws {
        // Help follows the locale: these are the English texts.
        let explore = try SparBinary.run(["explore", "--help"], environment: ["LC_ALL": "C"])
        #expect(explore.stdout.contains("(values: best, worst)"))
        let new = try SparBinary.run(["new", "--help"], environment: ["LC_ALL": "C"])
        #expect(new.stdout.contains("Folder to write into. (default: .)"), "\(new.stdout)")
        #expect(!new.stdout.contains("default: the current folder"))
    }

    @Test func theScorecardSaysHowManyHintsWereUsed() throws {
        let out = try SparBinary.temporaryDirectory()
        let helped = try SparBinary.run(["play", "Tests/Fixtures/mini.yaml", "--out", out.path, "--no-resume"],
                                        input: "/hint\n1\nA 第一KP 有需求\n/hint\n1\n")
        #expect(helped.stdout.contains("本次用了 2 次提示。"), "\(helped.stdout.suffix(800))")
        let alone = try SparBinary.run(["play", "Tests/Fixtures/mini.yaml", "--out", out.path, "--no-resume"],
                                       input: "1\nA 第一KP 有需求\n1\n")
        #expect(!alone.stdout.contains("次提示"))
    }
}
