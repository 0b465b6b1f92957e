import ArgumentParser
import SparCommandLine
import Testing

/// The quick play parser against ArgumentParser on the same command lines: whatever the quick
/// path accepts must come out exactly as the parser reads it, and what it refuses still parses
/// (or fails) in the parser as before.
@Suite struct QuickPlayParserTests {
    /// Every property, as ArgumentParser's property wrappers describe their values (an unset one
    /// reads "*definition*", so a property the quick path forgets shows up as a difference).
    static func fields(_ line: PlayCommandLine) -> String {
        String(describing: line)
    }

    /// Pieces of a play command line: each an option with its value, or a flag.
    static let pieces: [[String]] = [
        ["--mode", "practice"], ["--mode", "exam"], ["--mode", "drill"],
        ["--lang", "zh"], ["--lang", "en"], ["--lang", "fr"],
        ["--out", "/tmp/out dir"], ["--out", ""], ["--trainee", "张三"], ["--trainee", "Ann Lee"],
        ["--class", "华东一班"], ["--from", "metrics"], ["--set", "need=yes"], ["--set", "trust=2"],
        ["--no-color"], ["--resume"], ["--no-resume"],
        ["--mode=exam"], ["--trainee=Ann"], ["--help"], ["-h"], ["--"], ["-"], ["--unknown", "x"],
        ["--trainee", "-x"], ["--out"], ["extra.yaml"],
    ]

    static let scenarios = ["valve-retrofit", "scenarios/zh/valve-retrofit.yaml", "my file.yaml", "场景.yaml"]

    /// A deterministic spread of command lines: the scenario at every position, one to four pieces
    /// in many orders, repeats included, and lines with no scenario.
    static func commandLines() -> [[String]] {
        var lines: [[String]] = []
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(bound))
        }
        for scenario in scenarios {
            lines.append([scenario])
            for piece in pieces {
                lines.append([scenario] + piece)
                lines.append(piece + [scenario])
            }
        }
        for _ in 0..<1_200 {
            var parts = (0..<(1 + next(4))).map { _ in pieces[next(pieces.count)] }
            if next(10) > 2 { parts.insert([scenarios[next(scenarios.count)]], at: next(parts.count + 1)) }
            lines.append(parts.flatMap { $0 })
        }
        return lines
    }

    @Test func acceptedLinesReadExactlyAsTheParserReadsThem() throws {
        var accepted = 0
        for line in Self.commandLines() {
            guard let quick = QuickPlayParser.play(line) else { continue }
            accepted += 1
            let parsed = try #require(try? PlayCommandLine.parse(line), "the parser refuses \(line), the quick path accepts it")
            #expect(Self.fields(quick) == Self.fields(parsed), "\(line)")
        }
        // Most plain lines take the quick path; the rest of the set exercises refusals.
        #expect(accepted > 300)
    }

    /// The menu's lines: the same pieces with no scenario; `--from` and `--set` belong to play.
    @Test func acceptedMenuLinesReadExactlyAsTheParserReadsThem() throws {
        var accepted = 0
        for line in Self.commandLines() {
            guard let quick = QuickPlayParser.menu(line) else { continue }
            accepted += 1
            let parsed = try #require(try? MenuCommandLine.parse(line), "the parser refuses \(line), the quick path accepts it")
            #expect(String(describing: quick) == String(describing: parsed), "\(line)")
        }
        #expect(accepted > 50)
        #expect(QuickPlayParser.menu([]) != nil)
        #expect(QuickPlayParser.menu(["--from", "x"]) == nil)
        #expect(QuickPlayParser.menu(["--set", "need=yes"]) == nil)
    }

    @Test func theCommonLinesTakeTheQuickPath() {
        let lines = [
            ["valve-retrofit"],
            ["scenarios/zh/valve-retrofit.yaml", "--trainee", "张三", "--class", "华东一班"],
            ["saas-renewal", "--mode", "exam"],
            ["my.yaml", "--from", "metrics", "--set", "need=yes", "--set", "trust=2"],
            ["valve-retrofit", "--no-resume", "--out", "/tmp/x", "--lang", "en", "--no-color"],
        ]
        for line in lines { #expect(QuickPlayParser.play(line) != nil, "\(line)") }
        // The comparison sees every value, and no property left unset.
        let described = Self.fields(QuickPlayParser.play(["x.yaml", "--trainee", "Ann", "--set", "a=b"])!)
        #expect(described.contains("Ann") && described.contains("a=b") && !described.contains("definition"))
    }

    @Test func helpMistakesAndOtherSpellingsGoToTheParser() {
        let lines = [
            [], ["--help"], ["x.yaml", "-h"], ["x.yaml", "--mode", "drill"], ["x.yaml", "--mode=exam"],
            ["x.yaml", "y.yaml"], ["x.yaml", "--trainee"], ["x.yaml", "--trainee", "-x"],
            ["x.yaml", "--resume", "--no-resume"], ["x.yaml", "--lang", "en", "--lang", "zh"], ["x.yaml", "--", "y"],
            ["x.yaml", "--version"],
        ]
        for line in lines { #expect(QuickPlayParser.play(line) == nil, "\(line)") }
    }
}
