import ArgumentParser
import Foundation
import SparCommandLine
import SparKit
import SparTerminal

/// `spar replay FILE`: re-run a transcript's answers and check every recorded score.
struct ReplayCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "replay", abstract: helpText(zh: "按场景重放一份会谈记录，报告第一处不一致。", en: "Re-run a transcript against its scenario and report the first divergence."))

    @Argument(help: helpText(zh: "会谈记录（.jsonl）。", en: "A transcript (.jsonl)."))
    var transcript: String

    @Option(name: .long, help: helpText(zh: "重放所用的场景（默认：记录中的场景文件，找不到时用同 id 的自带场景）。", en: "The scenario to replay against (default: the recorded file, else the shipped id)."))
    var scenario: String?

    @OptionGroup var scenarioFolders: ScenarioFolders

    func run() throws {
        var checker = GoldenCheck(scenarioFolders: scenarioFolders.folders)
        let outcome = checker.check(transcript, scenarioOverride: scenario)
        Console.out(outcome.message)
        if !outcome.passed { throw ExitCode(1) }
    }
}

struct GoldenFailure: Error {
    var message: String
}

/// Replays one transcript file and says what happened, for `replay` and `test`.
struct GoldenCheck {
    /// `--scenarios DIR`: where recorded scenario files may lie, and ids are looked up.
    var scenarioFolders: [String] = []
    /// Best scores per scenario version: a folder of transcripts searches each scenario once.
    private var bestCache: [String: BestScores] = [:]

    init(scenarioFolders: [String] = []) {
        self.scenarioFolders = scenarioFolders
    }

    struct Outcome {
        var passed: Bool
        var message: String
    }

    /// The transcript, its scenario and the scenario's best scores, or why they cannot be had.
    private mutating func prepare(_ path: String, scenarioOverride: String?) -> Result<(Transcript, Scenario, String, BestScores), GoldenFailure> {
        let transcript: Transcript
        switch Transcript.read(path: path) {
        case .failure(let diagnostic): return .failure(GoldenFailure(message: VisibleText.visible("\(diagnostic)")))
        case .success(let read): transcript = read
        }
        let header = transcript.header
        guard let (file, fromTranscript) = ScenarioLibrary.resolve(for: header, transcript: path, override: scenarioOverride,
                                                                      folders: scenarioFolders) else {
            return .failure(GoldenFailure(message: "\(VisibleText.visible(path)): cannot find scenario '\(VisibleText.visible(header.scenario))'"))
        }
        let loaded = ScenarioLoader.load(contentsOfFile: file)
        guard let scenario = loaded.scenario else {
            // A file the transcript named is not quoted: its content is not the transcript's to show.
            let why = fromTranscript ? "check it with spar lint" : (loaded.diagnostics.first.map { "\($0)" } ?? "unknown error")
            return .failure(GoldenFailure(message: "\(VisibleText.visible(path)): scenario \(VisibleText.visible(file)) does not load: "
                                                  + VisibleText.visible(why)))
        }
        let best = bestCache[scenario.sha256] ?? ScoreSearch.best(for: scenario)
        bestCache[scenario.sha256] = best
        return .success((transcript, scenario, file, best))
    }

    /// `spar test --update`: writes the transcript anew and prints what moved.
    mutating func rerecord(_ path: String) {
        switch prepare(path, scenarioOverride: nil) {
        case .failure(let failure):
            Console.out("cannot update \(VisibleText.visible(path)): \(failure.message)")
        case .success(let (transcript, scenario, _, best)):
            let result = Rerecord.run(transcript, scenario: scenario, best: best, version: SparVersion.current)
            do {
                try (result.lines.joined(separator: "\n") + "\n").write(toFile: path, atomically: true, encoding: .utf8)
            } catch {
                Console.out("\(WriteFailure(path: path, error: error))")
                return
            }
            if result.changes.isEmpty {
                Console.out("updated \(VisibleText.visible(path)): no score moved")
            } else {
                Console.out("updated \(VisibleText.visible(path)):")
                for change in result.changes { Console.out("  \(change)") }
            }
        }
    }

    mutating func check(_ path: String, scenarioOverride: String? = nil) -> Outcome {
        let transcript: Transcript, scenario: Scenario, file: String, best: BestScores
        switch prepare(path, scenarioOverride: scenarioOverride) {
        case .failure(let failure): return Outcome(passed: false, message: failure.message)
        case .success(let prepared): (transcript, scenario, file, best) = prepared
        }
        let report = Replay.run(transcript, scenario: scenario, best: best, version: SparVersion.current)
        var message = ""
        // Each line made visible on its own: a forged input holding a line break cannot print a fake "PASS" line.
        let shownPath = VisibleText.visible(path)
        for warning in transcript.diagnostics { message += VisibleText.visible("\(warning)") + "\n" }
        if report.scenarioChanged {
            message += "\(shownPath): note: \(VisibleText.visible(file)) changed since this transcript was recorded (SHA-256 differs)\n"
        }
        if let divergence = report.divergence {
            message += "\(shownPath):\(divergence.line): replay diverges: \(VisibleText.visible(divergence.message))"
            return Outcome(passed: false, message: message)
        }
        let score = report.end.map { ", overall \($0.overall) \($0.band.rawValue), \($0.outcome?.rawValue ?? "")" } ?? ", unfinished"
        message += "PASS \(shownPath) (\(report.turns) turns\(score))"
        return Outcome(passed: true, message: message)
    }
}
