// CYaml is Yams' own copy of libyaml, visible here through the Yams dependency.
import CYaml

/// Limits checked on libyaml's event stream before a scenario's tree is composed. Composing
/// recurses once per nesting level, and aliases share nodes that later walks expand again (Yams
/// hashes every mapping key in full): a small hostile file could exhaust the stack or take
/// exponential time. This pass is linear, keeps no tree and stops at the first limit it crosses.
enum YAMLPreflight {
    /// Largest scenario file, in bytes: the biggest shipped one is under 64 KB.
    static let maximumBytes = 64 * 1024 * 1024
    /// Deepest nesting of mappings and lists: a scenario needs about 8.
    static let maximumDepth = 64
    /// Most alias uses (`*name`) in one file.
    static let maximumAliases = 10_000
    /// Most nodes the document may hold once every alias is expanded.
    static let maximumExpandedNodes = 1_000_000
    /// Longest single text (a value or a key), in bytes: the longest shipped line is under 1 KB,
    /// and every text is measured, wrapped, matched and copied into each session.
    public static let maximumTextBytes = 64 * 1024

    static func sizeDiagnostic(bytes: Int, file: String) -> Diagnostic? {
        guard bytes > maximumBytes else { return nil }
        return .error(.fileTooLarge, "the file is larger than \(maximumBytes / 1024 / 1024) MB: too large for a scenario",
                      at: SourceLocation(file: file, line: 1, column: 1))
    }

    /// The first limit the text crosses, or nil. Syntax errors are left for the composer to report.
    static func check(_ text: String, file: String) -> Diagnostic? {
        if let tooLarge = sizeDiagnostic(bytes: text.utf8.count, file: file) { return tooLarge }
        var bytes = Array(text.utf8)
        var parser = yaml_parser_t()
        guard yaml_parser_initialize(&parser) == 1 else { return nil }
        defer { yaml_parser_delete(&parser) }
        return bytes.withUnsafeMutableBufferPointer { buffer in
            yaml_parser_set_input_string(&parser, buffer.baseAddress, buffer.count)
            var scan = Scan(file: file)
            while true {
                var event = yaml_event_t()
                guard yaml_parser_parse(&parser, &event) == 1 else { return nestingLimit(of: parser, file: file) }
                defer { yaml_event_delete(&event) }
                if event.type == YAML_STREAM_END_EVENT { return nil }
                if let problem = scan.take(event) { return problem }
            }
        }
    }

    /// libyaml's scanner looks ahead through flow brackets and stops at its own nesting limit
    /// (1,000) before any event arrives: that is the same problem, reported the same way.
    private static func nestingLimit(of parser: yaml_parser_t, file: String) -> Diagnostic? {
        guard let problem = parser.problem, String(cString: problem).contains("nesting level") else { return nil }
        return .error(.nestingTooDeep, "mappings and lists nest deeper than \(maximumDepth) levels here",
                      at: SourceLocation(file: file, line: Int(parser.problem_mark.line) + 1,
                                         column: Int(parser.problem_mark.column) + 1))
    }

    /// 1000000 → "1,000,000".
    static func grouped(_ number: Int) -> String {
        var digits = Array(String(number))
        var index = digits.count - 3
        while index > 0 {
            digits.insert(",", at: index)
            index -= 3
        }
        return String(digits)
    }

    /// Running counts over the events seen so far.
    private struct Scan {
        let file: String
        var aliases = 0
        /// Nodes so far with every alias expanded.
        var expanded = 0
        /// Expanded size of each anchored node seen.
        var anchorSizes: [String: Int] = [:]
        /// One entry per open mapping or list: its anchor and `expanded` when it opened.
        var open: [(anchor: String?, start: Int)] = []

        mutating func take(_ event: yaml_event_t) -> Diagnostic? {
            let location = SourceLocation(file: file, line: Int(event.start_mark.line) + 1,
                                          column: Int(event.start_mark.column) + 1)
            switch event.type {
            case YAML_SEQUENCE_START_EVENT, YAML_MAPPING_START_EVENT:
                guard open.count < YAMLPreflight.maximumDepth else {
                    return .error(.nestingTooDeep, "mappings and lists nest deeper than \(YAMLPreflight.maximumDepth) levels here",
                                  at: location)
                }
                let anchor = event.type == YAML_SEQUENCE_START_EVENT
                    ? event.data.sequence_start.anchor : event.data.mapping_start.anchor
                expanded += 1
                open.append((anchor.map { String(cString: $0) }, expanded))
            case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT:
                if let closed = open.popLast(), let anchor = closed.anchor {
                    anchorSizes[anchor] = expanded - closed.start + 1
                }
            case YAML_SCALAR_EVENT:
                guard Int(event.data.scalar.length) <= YAMLPreflight.maximumTextBytes else {
                    return .error(.textTooLong, "this text is \(YAMLPreflight.grouped(Int(event.data.scalar.length))) bytes long, "
                                  + "more than the \(YAMLPreflight.maximumTextBytes / 1024) KB a text may have", at: location)
                }
                expanded += 1
                if let anchor = event.data.scalar.anchor { anchorSizes[String(cString: anchor)] = 1 }
            case YAML_ALIAS_EVENT:
                aliases += 1
                guard aliases <= YAMLPreflight.maximumAliases else {
                    return .error(.aliasesExpandTooFar, "more than \(YAMLPreflight.grouped(YAMLPreflight.maximumAliases)) aliases", at: location)
                }
                let name = event.data.alias.anchor.map { String(cString: $0) } ?? ""
                expanded += anchorSizes[name] ?? 1
                guard expanded <= YAMLPreflight.maximumExpandedNodes else {
                    return .error(.aliasesExpandTooFar,
                                  "aliases expand the file to more than \(YAMLPreflight.grouped(YAMLPreflight.maximumExpandedNodes)) values here",
                                  at: location)
                }
            default:
                break
            }
            return nil
        }
    }
}
