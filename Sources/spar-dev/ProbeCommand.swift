import ArgumentParser
import Dispatch
import Foundation
import SalesMethod
import SparDevKit
import SparKit

/// `spar-dev probe turns|answers`: drives the engine the way play does, for `scripts/bench` to
/// time each `Session.handle` and to count its instructions under callgrind.
struct ProbeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "probe", abstract: "Drive the engine for the benchmarks.",
        subcommands: [Turns.self, Answers.self])

    /// A long scripted session: answers by number (checkpoints answered too), a fresh session
    /// whenever one ends, until N inputs; prints the wall time per input.
    struct Turns: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "turns", abstract: "Time N scripted inputs.")

        @Option(name: .long, help: "A scenario file.")
        var scenario: String

        @Option(name: .long, help: "How many inputs.")
        var count = 1000

        @Option(name: .long, help: "Seed of the scripted answers.")
        var seed: UInt64 = 1

        func run() throws {
            let loaded = try DevScenario.load(scenario)
            var random = SeededRandom(seed: seed)
            var session = Session(scenario: loaded)
            _ = session.begin()
            var times: [UInt64] = []
            times.reserveCapacity(count)
            var sessions = 1
            while times.count < count {
                if session.isFinished {
                    session = Session(scenario: loaded)
                    _ = session.begin()
                    sessions += 1
                    continue
                }
                let input = Self.input(for: session, random: &random)
                let started = DispatchTime.now().uptimeNanoseconds
                _ = session.handle(input)
                times.append(DispatchTime.now().uptimeNanoseconds - started)
            }
            times.sort()
            func percentile(_ p: Double) -> Double { Double(times[min(times.count - 1, Int(Double(times.count) * p))]) / 1000 }
            print(String(format: "inputs %d sessions %d p50_us %.1f p99_us %.1f max_us %.1f", times.count, sessions,
                         percentile(0.5), percentile(0.99), Double(times.last ?? 0) / 1000))
        }

        /// What a trainee answering by number types next.
        static func input(for session: Session, random: inout SeededRandom) -> String {
            switch session.state.pending {
            case .classify?, .practiceClassify?:
                let expected = Classifier.classify(session.state.known.accountFacts)
                return ([expected.customerClass.rawValue] + expected.expectedReasons.map(\.rawValue)).joined(separator: " ")
            case .map(let ids)?:
                guard let contact = ids.first.flatMap({ session.scenario.contact($0) }) else { return "skip" }
                return "\(contact.role.rawValue) \(contact.attitude.rawValue) \(contact.style.rawValue)"
            case .clarify(let numbers)?:
                return String(numbers.first ?? 1)
            case nil:
                return String(1 + random.index(max(1, session.availableChoices().count)))
            }
        }
    }

    /// Typed answers at a node with at least ten choices, each from a fresh copy of the same
    /// session there; `--via number` gives the same answers by number, so the difference between
    /// the two runs is what matching the words costs.
    struct Answers: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "answers", abstract: "Answer N times at a ten-choice node.")

        enum Via: String, ExpressibleByArgument { case text, number }

        @Option(name: .long, help: "A scenario file.")
        var scenario: String

        @Option(name: .long, help: "How many answers.")
        var count = 1000

        @Option(name: .long, help: "text (typed words) or number.")
        var via: Via = .text

        func run() throws {
            let loaded = try DevScenario.load(scenario)
            guard let node = loaded.nodes.first(where: { $0.choices.count >= 10 && $0.choices.allSatisfy { $0.condition == nil } }) else {
                standardError("spar-dev probe: no node with ten unconditional choices in \(scenario)")
                throw ExitCode(1)
            }
            var start = Session(scenario: loaded, startNode: node.id)
            _ = start.begin()
            // Typed the way people type: the words of a choice, the first one dropped, in lower case.
            let typed = node.choices.map { choice -> String in
                let words = choice.say.split(separator: " ")
                return words.count > 2 ? words.dropFirst().joined(separator: " ").lowercased() : String(choice.say.dropFirst())
            }
            var taken = 0
            for index in 0..<count {
                var session = start
                let choice = index % node.choices.count
                _ = session.handle(via == .text ? typed[choice] : String(choice + 1))
                if session.state.turn > 0 { taken += 1 }
            }
            print("answers \(count) at \(node.id) (\(node.choices.count) choices), \(taken) taken as a choice, via \(via.rawValue)")
        }
    }
}
