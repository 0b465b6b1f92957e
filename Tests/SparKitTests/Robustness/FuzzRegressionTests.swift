import Foundation
@testable import SparKit
import Testing
import TestSupport

/// Every input kept under `Tests/Fixtures/fuzz/TARGET/` (crashes and hangs `scripts/fuzz` found,
/// and hand-made hostile files) goes through the same checks as the fuzz targets in `Fuzz/`.
@Suite struct FuzzRegressionTests {
    static func inputs(_ target: String) -> [String] {
        let folder = fixturePath("fuzz/\(target)")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        return names.filter { !$0.hasPrefix(".") }.sorted().map { (folder as NSString).appendingPathComponent($0) }
    }

    static func bytes(_ path: String) throws -> Data {
        try #require(FileManager.default.contents(atPath: path))
    }

    @Test(arguments: inputs("loader"))
    func loaderEndsInAScenarioOrALocatedError(path: String) throws {
        let clock = ContinuousClock()
        var result: ScenarioLoadResult?
        let took = clock.measure { result = ScenarioLoader.load(data: (try? Self.bytes(path)) ?? Data(), file: "fuzz.yaml") }
        let loaded = try #require(result)
        #expect(took < .seconds(10))
        for diagnostic in loaded.diagnostics {
            #expect(diagnostic.location.line >= 1 && diagnostic.location.column >= 1)
        }
        if let scenario = loaded.scenario {
            var session = Session(scenario: scenario)
            _ = session.begin()
            for input in ["1", "/status", "未知", "2", "/back", "yes"] { _ = session.handle(input) }
        } else {
            #expect(loaded.diagnostics.contains { $0.severity == .error })
        }
    }

    @Test(arguments: inputs("expression"))
    func expressionParsesAndPrintsBackOrFailsInside(path: String) throws {
        let source = String(decoding: try Self.bytes(path), as: UTF8.self)
        switch Expression.parse(source) {
        case .failure(let error):
            #expect(error.offset >= 0 && error.offset <= max(source.count, Expression.maximumLength))
        case .success(let expression):
            let environment = DictionaryEnvironment(values: ["trust": .int(2), "need": .symbol("yes")], visits: [:], known: [])
            // Printing adds spaces and parentheses: near a limit, the printed form may pass it.
            guard expression.description.count <= Expression.maximumLength else { return }
            switch Expression.parse(expression.description) {
            case .success(let again):
                #expect(again.evaluate(in: environment) == expression.evaluate(in: environment))
            case .failure(let error):
                #expect(error.isTooDeep && source.count > Expression.maximumDepth,
                        "printed form does not parse: \(expression.description): \(error)")
            }
        }
    }

    @Test(arguments: inputs("transcript"))
    func transcriptParsesOrFailsAtALine(path: String) throws {
        switch Transcript.parse(String(decoding: try Self.bytes(path), as: UTF8.self), file: "fuzz.jsonl") {
        case .failure(let diagnostic):
            #expect(diagnostic.location.line >= 1)
        case .success(let transcript):
            let shipped = ["zh", "en"].flatMap { language in
                let folder = fixturePath("../../scenarios/\(language)")
                return ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).map { "\(folder)/\($0)" }
            }
            for file in shipped {
                guard let scenario = ScenarioLoader.load(contentsOfFile: file).scenario,
                      scenario.id == transcript.header.scenario else { continue }
                _ = Replay.run(transcript, scenario: scenario, best: ScoreSearch.best(for: scenario), version: "test")
                _ = Resumption.restore(transcript, scenario: scenario)
            }
        }
    }
}
