import ArgumentParser
import Foundation
import SalesMethod
import SparDevKit
import SparKit

/// `spar-dev gen scenario|transcripts`: synthetic scenarios and transcripts at any size, for
/// measuring spar (`scripts/bench`).
struct GenCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "gen", abstract: "Generate synthetic scenarios and transcripts (for benchmarks).",
        subcommands: [Scenario.self, Transcripts.self])

    struct Scenario: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "scenario", abstract: "Print a valid synthetic scenario of N nodes as YAML.")

        @Option(name: .long, help: "How many nodes (at least \(ScenarioGenerator.minimumNodes)).")
        var nodes: Int

        @Option(name: .long, help: "Seed: the same seed gives the same file.")
        var seed: UInt64 = 1

        @Option(name: .long, help: "zh or en.")
        var lang: Language = .en

        func validate() throws {
            if nodes < ScenarioGenerator.minimumNodes { throw ValidationError("--nodes must be at least \(ScenarioGenerator.minimumNodes)") }
        }

        func run() throws {
            let text = ScenarioGenerator(nodes: nodes, seed: seed, language: lang).yaml()
            FileHandle.standardOutput.write(Data(text.utf8))
        }
    }

    struct Transcripts: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "transcripts", abstract: "Write M synthetic transcripts of a scenario, played by the engine.")

        @Option(name: .long, help: "A scenario file.")
        var scenario: String

        @Option(name: .long, help: "How many transcripts.")
        var count: Int

        @Option(name: .long, help: "Folder to write them into.")
        var out: String

        @Option(name: .long, help: "Seed: the same seed gives the same files.")
        var seed: UInt64 = 1

        func validate() throws {
            if count < 0 { throw ValidationError("--count must not be negative") }
        }

        func run() throws {
            let loaded = try DevScenario.load(scenario)
            try FileManager.default.createDirectory(atPath: out, withIntermediateDirectories: true)
            var generator = TranscriptGenerator(scenario: loaded, seed: seed, version: SparVersion.current)
            for index in 0..<count {
                let (name, text) = generator.transcript(index: index)
                let path = (out as NSString).appendingPathComponent(name)
                guard FileManager.default.createFile(atPath: path, contents: Data(text.utf8)) else {
                    standardError("spar-dev gen: cannot write \(path)")
                    throw ExitCode(1)
                }
            }
            standardError("spar-dev gen: wrote \(count) transcripts of \(loaded.id) to \(out)")
        }
    }
}
