import Foundation
import SparKit

/// The scenarios a batch of transcripts name, found as `ScenarioLibrary.resolve(for:)` finds them
/// and loaded once per file: a class folder of a thousand sessions of one scenario loads it once.
struct TranscriptScenarios {
    /// `--scenarios DIR`: folders a recorded file may lie in and ids are looked up in.
    var folders: [String]
    /// `--scenario FILE|ID`: the one scenario for every transcript.
    var override: String?

    /// Resolved files by what resolving reads from a transcript, so most files skip the folder walk.
    private var files: [String: (file: String, fromTranscript: Bool)?] = [:]
    private var loaded: [String: Result<Scenario, ScenarioUnavailable>] = [:]

    struct ScenarioUnavailable: Error {
        var reason: String
    }

    init(folders: [String], override: String? = nil) {
        self.folders = folders
        self.override = override
    }

    mutating func scenario(for header: TranscriptHeader, transcript path: String) -> Result<Scenario, ScenarioUnavailable> {
        let key = [(path as NSString).deletingLastPathComponent, header.scenarioFile ?? "", header.scenario]
            .joined(separator: "\u{1F}")
        let found = files[key] ?? {
            let resolved = ScenarioLibrary.resolve(for: header, transcript: path, override: override, folders: folders)
            files[key] = .some(resolved)
            return resolved
        }()
        guard let (file, fromTranscript) = found else {
            return .failure(ScenarioUnavailable(reason: "cannot find scenario '\(VisibleText.visible(header.scenario))'"
                                                + " (--scenarios DIR names where to look)"))
        }
        if let known = loaded[file] { return known }
        let result = ScenarioLoader.load(contentsOfFile: file)
        let outcome: Result<Scenario, ScenarioUnavailable>
        if let scenario = result.scenario {
            outcome = .success(scenario)
        } else {
            // A file the transcript named is not quoted: its content is not the transcript's to show.
            let why = fromTranscript ? "check it with spar lint" : (result.diagnostics.first.map { "\($0)" } ?? "unknown error")
            outcome = .failure(ScenarioUnavailable(reason: "scenario \(VisibleText.visible(file)) does not load: \(why)"))
        }
        loaded[file] = outcome
        return outcome
    }
}
