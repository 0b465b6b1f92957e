// CYaml is Yams' own copy of libyaml, visible here through the Yams dependency.
import CYaml
import Foundation
import SalesMethod

/// What the menu and a lookup by id need of a scenario file — its id, title, language, meeting
/// length and difficulty — read from the top-level keys on libyaml's event stream alone: no tree,
/// no model, no checks, and the reading stops once those keys are seen (they open every shipped
/// file). Loading every shipped scenario to list them took three times as long as playing one.
/// A file whose header reads may still fail to load: that is reported when it is played.
public struct ScenarioHeader: Sendable, Hashable {
    public var file: String
    public var id: String
    public var title: String
    public var language: Language
    /// The meeting's length (`meeting: minutes:`), 60 when not given, as the loader reads it.
    public var minutes: Int
    /// `notes: difficulty:`, 1–5.
    public var difficulty: Int?

    /// The header of the file at `path`; nil when it cannot be read, is not a YAML mapping, or has
    /// no id. `idOnly` stops at the id (a lookup by id needs no more).
    public static func read(path: String, idOnly: Bool = false) -> ScenarioHeader? {
        guard let handle = FileHandle(forReadingAtPath: path) else { return nil }
        defer { try? handle.close() }
        // libyaml decodes its input a block of up to 16 KB at a time, at a cost per byte, and
        // the header keys open every file: the first few KB are read alone first, and the rest
        // only when the header does not lie wholly inside them.
        let opening = idOnly ? 4 * 1024 : 8 * 1024
        guard var data = try? handle.read(upToCount: opening) else { return nil }
        if data.count == opening {
            var trial = HeaderEvents(file: path, idOnly: idOnly)
            if let header = trial.read(Array(data), wholeFile: false) { return header }
            do {
                if let rest = try handle.read(upToCount: YAMLPreflight.maximumBytes - opening) { data.append(rest) }
            } catch { return nil }
        }
        var reader = HeaderEvents(file: path, idOnly: idOnly)
        return reader.read(Array(data), wholeFile: true)
    }
}

/// The event walk behind `ScenarioHeader.read`.
private struct HeaderEvents {
    let file: String
    let idOnly: Bool
    var id: String?
    var title = ""
    var language = Language.zh
    var minutes = Meeting().minutes
    var difficulty: Int?
    /// The top-level keys read so far, values and all.
    var seen: Set<String> = []

    /// An open mapping (with the key whose value comes next, once read) or list.
    enum Container {
        case mapping(key: String?, expectingKey: Bool)
        case list
    }
    var open: [Container] = []

    init(file: String, idOnly: Bool) {
        self.file = file
        self.idOnly = idOnly
    }

    var isComplete: Bool {
        idOnly ? seen.contains("id") : seen.isSuperset(of: ["id", "title", "language", "meeting", "notes"])
    }

    /// The header read from `bytes`: the whole file, or its opening (`wholeFile` false), which
    /// gives a header only when the parser never looked past its end — then the same bytes of
    /// the whole file would have given the same events.
    mutating func read(_ bytes: [UInt8], wholeFile: Bool) -> ScenarioHeader? {
        var bytes = bytes
        var parser = yaml_parser_t()
        guard yaml_parser_initialize(&parser) == 1 else { return nil }
        defer { yaml_parser_delete(&parser) }
        let read: Bool = bytes.withUnsafeMutableBufferPointer { buffer in
            yaml_parser_set_input_string(&parser, buffer.baseAddress, buffer.count)
            return walk(&parser)
        }
        guard read, wholeFile || (isComplete && parser.eof == 0), let id, !id.isEmpty else { return nil }
        return ScenarioHeader(file: file, id: id, title: title, language: language, minutes: minutes, difficulty: difficulty)
    }

    /// Reads events until the header is complete or the top-level mapping closes; false on a
    /// syntax error or a document that is not a mapping.
    private mutating func walk(_ parser: inout yaml_parser_t) -> Bool {
        while !isComplete {
            var event = yaml_event_t()
            guard yaml_parser_parse(&parser, &event) == 1 else { return false }
            defer { yaml_event_delete(&event) }
            switch event.type {
            case YAML_MAPPING_START_EVENT:
                open.append(.mapping(key: nil, expectingKey: true))
            case YAML_SEQUENCE_START_EVENT:
                guard !open.isEmpty else { return false }
                open.append(.list)
            case YAML_MAPPING_END_EVENT, YAML_SEQUENCE_END_EVENT:
                open.removeLast()
                if open.isEmpty { return true }
                completed(text: nil)
            case YAML_SCALAR_EVENT:
                guard !open.isEmpty else { return false }
                let scalar = event.data.scalar
                completed(text: String(decoding: UnsafeBufferPointer(start: scalar.value, count: scalar.length), as: UTF8.self))
            case YAML_ALIAS_EVENT:
                completed(text: nil)
            case YAML_STREAM_END_EVENT, YAML_DOCUMENT_END_EVENT:
                return true
            default:
                break
            }
        }
        return true
    }

    /// A node has been read whole inside the innermost open container: a key, or a value (a
    /// scalar's text is given).
    private mutating func completed(text: String?) {
        guard case .mapping(let key, let expectingKey) = open.last else { return }
        if expectingKey {
            open[open.count - 1] = .mapping(key: text, expectingKey: false)
            return
        }
        if let key, let text { take(text, at: key) }
        if open.count == 1, let key { seen.insert(key) }
        open[open.count - 1] = .mapping(key: nil, expectingKey: true)
    }

    /// A scalar value under `key`, inside the top-level mapping or one level below it.
    private mutating func take(_ text: String, at key: String) {
        switch open.count {
        case 1:
            switch key {
            case "id": id = text
            case "title": title = text
            case "language": language = Language(rawValue: text) ?? .zh
            default: break
            }
        case 2:
            guard case .mapping(let parent?, _) = open[0] else { return }
            if parent == "meeting", key == "minutes", let value = Int(YAMLReader.trimmed(text)), (1...1440).contains(value) {
                minutes = value
            }
            if parent == "notes", key == "difficulty", let value = Int(YAMLReader.trimmed(text)), (1...5).contains(value) {
                difficulty = value
            }
        default:
            break
        }
    }
}
