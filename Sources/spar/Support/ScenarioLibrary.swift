import Foundation
import ShippedScenarios
import SparKit

/// Finds scenarios: the ones shipped with spar (resources beside the binary), or a path.
enum ScenarioLibrary {
    /// The folder holding `zh/` and `en/`: `$SPAR_SCENARIOS`, the resources beside the binary, or `./scenarios`.
    static var shippedDirectory: String? {
        let fileManager = FileManager.default
        var candidates: [String] = []
        if let override = Paths.environment["SPAR_SCENARIOS"] { candidates.append(override) }
        candidates.append((Paths.executableDirectory as NSString).appendingPathComponent(ShippedScenarios.bundleName))
        candidates.append("scenarios")
        return candidates.first { path in
            var isDirectory: ObjCBool = false
            return fileManager.fileExists(atPath: path, isDirectory: &isDirectory) && isDirectory.boolValue
        }
    }

    /// Every `.yaml`/`.yml` file under a folder, sorted.
    static func scenarioFiles(in directory: String) -> [String] {
        FolderFiles.list(in: directory, extensions: ["yaml", "yml"])
    }

    static var shippedFiles: [String] { shippedDirectory.map(scenarioFiles(in:)) ?? [] }

    /// The shipped scenarios' headers, in menu order (zh first, then en): what listing them needs,
    /// without loading each whole.
    static func shippedHeaders() -> [ScenarioHeader] {
        shippedFiles.compactMap { ScenarioHeader.read(path: $0) }
    }

    /// A path to a file, or the id of a shipped scenario.
    static func resolve(_ reference: String) -> String? {
        if FileManager.default.fileExists(atPath: reference) { return reference }
        return shipped(named: reference)
    }

    /// The scenario file for a transcript: `override` as typed on the command line (any path or
    /// id), else the transcript's recorded `scenario_file` followed only to a regular file inside
    /// the folders spar looks in (`RecordedScenarioFile`, with `folders` from `--scenarios`), else
    /// its recorded id among the scenarios in `folders`, else among the shipped ones.
    /// `fromTranscript` is true when the file came from the transcript: then a problem loading it
    /// is reported without quoting it.
    static func resolve(for header: TranscriptHeader, transcript path: String, override: String?,
                        folders: [String] = []) -> (file: String, fromTranscript: Bool)? {
        if let override { return resolve(override).map { ($0, false) } }
        let recorded = RecordedScenarioFile(transcriptPath: path, extraFolders: folders + [shippedDirectory].compactMap { $0 })
        if let file = header.scenarioFile.flatMap(recorded.resolve) { return (file, true) }
        if let file = scenarioFile(withID: header.scenario, in: folders) { return (file, true) }
        return shipped(named: header.scenario).map { ($0, true) }
    }

    /// The first scenario under `folders` whose id is `id`, reading only each file's header.
    static func scenarioFile(withID id: String, in folders: [String]) -> String? {
        for folder in folders {
            for file in scenarioFiles(in: folder) where ScenarioHeader.read(path: file, idOnly: true)?.id == id {
                return file
            }
        }
        return nil
    }

    /// A shipped scenario by id, or else by file name.
    static func shipped(named reference: String) -> String? {
        // An id names one scenario; a file name may repeat across languages.
        for file in shippedFiles where ScenarioHeader.read(path: file, idOnly: true)?.id == reference {
            return file
        }
        for file in shippedFiles {
            let name = ((file as NSString).lastPathComponent as NSString).deletingPathExtension
            if name == reference { return file }
        }
        return nil
    }
}
