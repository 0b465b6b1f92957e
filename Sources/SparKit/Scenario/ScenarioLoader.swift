import Foundation
import SalesMethod
import Yams

/// What loading a scenario gives: the scenario when it can run, and every diagnostic found.
public struct ScenarioLoadResult: Sendable {
    public var scenario: Scenario?
    public var diagnostics: [Diagnostic]
    public var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }
}

/// Builds a typed, located `Scenario` from YAML text: compose first (every node keeps its
/// line and column; one pass over libyaml's events, or the checked path for a file that pass
/// gives up on), then read the tree, then check references across it.
public enum ScenarioLoader {
    static let topKeys = ["id", "title", "language", "summary", "notes", "meeting", "account", "contacts",
                          "variables", "settings", "synonyms", "start", "nodes"]
    static let nodeKeys = ["stage", "task", "buying", "speaker", "line", "cue", "signals", "objection", "resolves", "reveals", "shifts", "ask",
                           "minutes", "choices", "end"]
    static let choiceKeys = ["say", "match", "gist", "task", "step", "close", "next_step", "handles", "suits", "clashes", "reveals", "shifts", "set",
                             "if", "score", "feedback", "minutes", "goto"]
    /// The largest scenario file read, in bytes (SP0040 past it).
    public static var maximumFileBytes: Int { YAMLPreflight.maximumBytes }
    /// Names an expression may read besides facts and variables.
    public static let clockNames = ["elapsed", "remaining", "in_window"]

    /// Reads and loads a file; unreadable or non-UTF-8 files are diagnostics, not crashes.
    public static func load(contentsOfFile path: String) -> ScenarioLoadResult {
        // Reads at most one byte past the limit, so a huge file (or /dev/zero) costs no more than that.
        guard let handle = FileHandle(forReadingAtPath: path),
              let data = try? handle.read(upToCount: YAMLPreflight.maximumBytes + 1) ?? Data() else {
            return ScenarioLoadResult(scenario: nil, diagnostics: [
                .error(.unreadableFile, "cannot read the file", at: SourceLocation(file: path, line: 1, column: 1)),
            ])
        }
        try? handle.close()
        if let tooLarge = YAMLPreflight.sizeDiagnostic(bytes: data.count, file: path) {
            return ScenarioLoadResult(scenario: nil, diagnostics: [tooLarge])
        }
        return load(data: data, file: path)
    }

    public static func load(data: Data, file: String) -> ScenarioLoadResult {
        guard let text = String(data: data, encoding: .utf8) else {
            let position = InvalidUTF8.firstPosition(in: data)
            let byte = position.map { String(format: "byte 0x%02X here", $0.byte) } ?? "a byte"
            return ScenarioLoadResult(scenario: nil, diagnostics: [
                .error(.unreadableFile, "the file is not UTF-8 text: \(byte) is not UTF-8",
                       at: SourceLocation(file: file, line: position?.line ?? 1, column: position?.column ?? 1),
                       notes: ["save the file as UTF-8 (a file saved as GBK or Latin-1 is not)"]),
            ])
        }
        return load(text: text, file: file, sha256: SHA256.hex(of: data))
    }

    public static func load(text: String, file: String, sha256: String? = nil) -> ScenarioLoadResult {
        let hash = sha256 ?? SHA256.hex(of: Array(text.utf8))
        var bytes = text
        let root: YAMLNode
        if let composed = bytes.withUTF8({ YAMLComposer.compose($0) }) {
            root = composed
        } else {
            switch checkedCompose(text, file: file) {
            case .success(let node): root = node
            case .failure(let problem): return ScenarioLoadResult(scenario: nil, diagnostics: [problem.diagnostic])
            }
        }
        var builder = ScenarioBuilder(file: file, text: text)
        let scenario = builder.build(root, sha256: hash)
        let diagnostics = builder.reader.diagnostics.sorted {
            ($0.location.line, $0.location.column) < ($1.location.line, $1.location.column)
        }
        let hasErrors = diagnostics.contains { $0.severity == .error }
        return ScenarioLoadResult(scenario: hasErrors ? nil : scenario, diagnostics: diagnostics)
    }

    /// A located diagnostic as an error value.
    struct LoadProblem: Error { var diagnostic: Diagnostic }

    /// The path for files the one-pass composer gives up on: the pre-flight's limits, then Yams'
    /// composer, each reporting what it finds with its location.
    static func checkedCompose(_ text: String, file: String) -> Result<YAMLNode, LoadProblem> {
        if let problem = YAMLPreflight.check(text, file: file) { return .failure(LoadProblem(diagnostic: problem)) }
        let root: Node?
        do {
            // The basic resolver: spar reads every scalar as text itself, so Yams need not match each
            // one against its int, float, bool, null and timestamp patterns.
            root = try Yams.compose(yaml: text, .basic)
        } catch let error as YamlError {
            return .failure(LoadProblem(diagnostic: syntaxDiagnostic(error, file: file, text: text)))
        } catch {
            return .failure(LoadProblem(diagnostic: .error(.yamlSyntax, "\(error)", at: SourceLocation(file: file, line: 1, column: 1))))
        }
        guard let root else {
            return .failure(LoadProblem(diagnostic: .error(
                .missingKey, "the file is empty: a scenario needs id, title, contacts, start and nodes",
                at: SourceLocation(file: file, line: 1, column: 1))))
        }
        return .success(YAMLNode(root))
    }

    static func syntaxDiagnostic(_ error: YamlError, file: String, text: String) -> Diagnostic {
        func at(_ mark: Mark) -> SourceLocation { SourceLocation(file: file, line: mark.line, column: mark.column) }
        switch error {
        case let .duplicatedKeysInMapping(duplicates, context):
            let key = duplicates.sorted().first ?? ""
            let location = secondOccurrence(of: key, after: context.mark, in: text, file: file) ?? at(context.mark)
            return .error(.duplicateKey, "duplicate key '\(key)': each key may appear once in a mapping", at: location,
                          length: max(1, key.count))
        case let .scanner(context, problem, mark, _), let .parser(context, problem, mark, _),
             let .composer(context, problem, mark, _):
            var message = problem
            if let context { message = "\(problem) (\(context.text.prefix(80)))" }
            // An unclosed quote runs to the end of the file: point at where it was opened.
            if problem.hasPrefix("found unexpected end of stream"), let context {
                return .error(.yamlSyntax, message, at: at(context.mark))
            }
            // A full-width colon or space just above: report the cause, with libyaml's words as a note.
            if let cause = YAMLSyntaxHints.cause(in: text, nearLine: mark.line) {
                return .error(.yamlSyntax, cause.message, at: SourceLocation(file: file, line: cause.line, column: cause.column),
                              notes: ["the YAML parser's own words, at line \(mark.line): \(message)"])
            }
            return .error(.yamlSyntax, message, at: at(mark))
        case let .reader(problem, _, _, _):
            return .error(.unreadableFile, problem, at: SourceLocation(file: file, line: 1, column: 1))
        default:
            return .error(.yamlSyntax, String("\(error)".prefix(200)), at: SourceLocation(file: file, line: 1, column: 1))
        }
    }

    /// Where a block mapping's key appears the second time, scanning from the mapping's start at its indentation.
    static func secondOccurrence(of key: String, after mark: Mark, in text: String, file: String) -> SourceLocation? {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        var seen = 0
        var indent: Int?
        // libyaml also breaks lines at a lone carriage return, so its line can lie past the last "\n".
        guard max(1, mark.line) <= lines.count else { return nil }
        for number in max(1, mark.line)...lines.count {
            let line = lines[number - 1]
            let trimmed = line.drop { $0 == " " }
            let column = line.count - trimmed.count + 1
            guard trimmed.hasPrefix("\(key):") || trimmed.hasPrefix("- \(key):") else { continue }
            let keyColumn = trimmed.hasPrefix("- ") ? column + 2 : column
            if indent == nil { indent = keyColumn }
            guard keyColumn == indent else { continue }
            seen += 1
            if seen == 2 { return SourceLocation(file: file, line: number, column: keyColumn) }
        }
        return nil
    }
}
