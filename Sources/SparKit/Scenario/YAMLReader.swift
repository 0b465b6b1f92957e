import Foundation
import SalesMethod

/// Reads a composed YAML tree into typed values, collecting located diagnostics instead of
/// throwing, so one pass reports every problem in a file.
struct YAMLReader {
    let file: String
    /// The source, and where each of its lines starts, to place columns inside quoted scalars.
    let text: String
    let lineStarts: [String.Index]
    private(set) var diagnostics: [Diagnostic] = []

    init(file: String, text: String = "") {
        self.file = file
        self.text = text
        // Byte offsets of the lines after the first, turned into indices in one pass.
        var copy = text
        let offsets = copy.withUTF8 { TextLines.ranges($0).dropFirst().map(\.lowerBound) }
        let utf8 = text.utf8
        var starts = [text.startIndex]
        starts.reserveCapacity(offsets.count + 1)
        var index = utf8.startIndex, at = 0
        for offset in offsets {
            index = utf8.index(index, offsetBy: offset - at)
            at = offset
            starts.append(index)
        }
        lineStarts = starts
    }

    /// A mapping's entries with where each key stands; the keys the caller may read. Kept in a
    /// list in file order: a mapping has a handful of keys, and comparing short keys costs less
    /// than hashing them for every choice of every node.
    struct Fields {
        var location: SourceLocation
        var entries: [(name: String, key: SourceLocation, value: YAMLNode)]

        var order: [String] { entries.map(\.name) }
        private func entry(_ name: String) -> (name: String, key: SourceLocation, value: YAMLNode)? {
            entries.first { $0.name == name }
        }
        subscript(key: String) -> YAMLNode? { entry(key)?.value }
        func keyLocation(_ key: String) -> SourceLocation? { entry(key)?.key }
        func has(_ key: String) -> Bool { entry(key) != nil }
    }

    func location(of node: YAMLNode) -> SourceLocation {
        let mark = node.mark
        return SourceLocation(file: file, line: mark.line, column: mark.column)
    }

    /// Where a scalar's text starts: one column past an opening quote.
    func textLocation(of node: YAMLNode) -> SourceLocation {
        let base = location(of: node)
        if case let .scalar(scalar) = node, scalar.style == .singleQuoted || scalar.style == .doubleQuoted {
            return base.advanced(by: 1)
        }
        return base
    }

    /// Where each character of a scalar's text stands in the file.
    func placement(of node: YAMLNode, text: String) -> TextPlacement {
        let start = textLocation(of: node)
        guard case let .scalar(scalar) = node, scalar.style == .singleQuoted || scalar.style == .doubleQuoted,
              start.line >= 1, start.line <= lineStarts.count else {
            return TextPlacement(start: start, text: text)
        }
        let source = self.text
        let end = start.line < lineStarts.count ? source.utf8.index(before: lineStarts[start.line]) : source.endIndex
        let line = source[lineStarts[start.line - 1]..<end]
        let scalars = line.unicodeScalars
        guard let from = scalars.index(scalars.startIndex, offsetBy: start.column - 1, limitedBy: scalars.endIndex) else {
            return TextPlacement(start: start, text: text)
        }
        return TextPlacement(start: start, text: text, raw: Substring(scalars[from...]),
                             doubleQuoted: scalar.style == .doubleQuoted)
    }

    mutating func report(_ diagnostic: Diagnostic) { diagnostics.append(diagnostic) }

    mutating func error(_ code: DiagnosticCode, _ message: String, at node: YAMLNode, notes: [String] = []) {
        diagnostics.append(.error(code, message, at: location(of: node), notes: notes))
    }

    private func describe(_ node: YAMLNode) -> String {
        switch node {
        case .scalar: "a scalar"
        case .mapping: "a mapping"
        case .sequence: "a list"
        }
    }

    // MARK: - Mappings

    /// Reads a mapping of known keys: reports duplicates, unknown keys (with a did-you-mean) and missing required keys.
    mutating func fields(_ node: YAMLNode, in context: String, allowed: [String], required: [String] = []) -> Fields? {
        guard case let .mapping(mapping, _) = node else {
            error(.wrongType, "\(context) must be a mapping, found \(describe(node))", at: node)
            return nil
        }
        var fields = Fields(location: location(of: node), entries: [])
        for (keyNode, value) in mapping {
            guard case let .scalar(keyScalar) = keyNode else {
                error(.wrongType, "keys in \(context) must be plain words", at: keyNode)
                continue
            }
            let key = keyScalar.string
            if fields.has(key) {
                error(.duplicateKey, "duplicate key '\(key)' in \(context)", at: keyNode)
                continue
            }
            if !allowed.contains(key) {
                var notes = ["\(context) takes: \(allowed.joined(separator: ", "))"]
                var message = "unknown key '\(key)' in \(context)"
                if let suggestion = Spelling.closest(to: key, among: allowed) {
                    message += "; did you mean '\(suggestion)'?"
                    notes = []
                }
                error(.unknownKey, message, at: keyNode, notes: notes)
                continue
            }
            fields.entries.append((key, location(of: keyNode), value))
        }
        for key in required where !fields.has(key) {
            diagnostics.append(.error(.missingKey, "\(context) is missing '\(key)'", at: fields.location))
        }
        return fields
    }

    /// A mapping whose keys are author-chosen ids (nodes, contacts), in file order.
    mutating func entries(_ node: YAMLNode, in context: String) -> [(key: String, keyLocation: SourceLocation, value: YAMLNode)] {
        guard case let .mapping(mapping, _) = node else {
            error(.wrongType, "\(context) must be a mapping, found \(describe(node))", at: node)
            return []
        }
        var seen: Set<String> = []
        var result: [(String, SourceLocation, YAMLNode)] = []
        for (keyNode, value) in mapping {
            guard case let .scalar(keyScalar) = keyNode, !keyScalar.string.isEmpty else {
                error(.wrongType, "ids in \(context) must be plain words", at: keyNode)
                continue
            }
            let key = keyScalar.string
            guard seen.insert(key).inserted else {
                error(.duplicateKey, "duplicate id '\(key)' in \(context)", at: keyNode)
                continue
            }
            result.append((key, location(of: keyNode), value))
        }
        return result
    }

    // MARK: - Scalars

    mutating func string(_ node: YAMLNode, _ context: String, allowEmpty: Bool = false) -> String? {
        guard case let .scalar(scalar) = node else {
            error(.wrongType, "\(context) must be text, found \(describe(node))", at: node)
            return nil
        }
        let text = scalar.string
        if !allowEmpty && Self.isBlank(text) {
            if let tag = tagWritten(at: node) {
                // `if: !promise_kept`: YAML reads `!promise_kept` as a tag on an empty value.
                error(.invalidValue, "\(context) is empty: '\(tag)' is read as a YAML tag, not as text; quote the value: '\(tag)'",
                      at: node)
            } else {
                error(.invalidValue, "\(context) must not be empty", at: node)
            }
            return nil
        }
        return text
    }

    /// Text a trainee reads (a line, an answer, feedback): also warns when unquoted text is followed
    /// by ` #` on its line, which YAML drops as a comment (`line: 价格高了 # 百分之十五` reads `价格高了`).
    mutating func prose(_ node: YAMLNode, _ context: String) -> String? {
        guard let value = string(node, context) else { return nil }
        if case let .scalar(scalar) = node, scalar.style == .plain, let comment = commentAfter(value, at: node) {
            diagnostics.append(.warning(.textCutByComment,
                                        "\(context) ends before ' #': YAML reads the rest of the line as a comment and drops it; put the text in quotes to keep '#', or the comment on a line of its own",
                                        at: comment))
        }
        return value
    }

    /// Where a ` #` comment starts after a one-line plain value, on the value's own line.
    func commentAfter(_ value: String, at node: YAMLNode) -> SourceLocation? {
        let mark = node.mark
        guard !value.contains("\n"), mark.line >= 1, mark.line <= lineStarts.count else { return nil }
        let lineEnd = text[lineStarts[mark.line - 1]...].firstIndex(of: "\n") ?? text.endIndex
        let line = text[lineStarts[mark.line - 1]..<lineEnd]
        guard let start = line.index(line.startIndex, offsetBy: max(0, mark.column - 1), limitedBy: line.endIndex),
              line[start...].hasPrefix(value) else { return nil }
        let afterValue = line[start...].dropFirst(value.count)
        let rest = afterValue.drop { $0 == " " || $0 == "\t" }
        guard rest.first == "#", rest.startIndex != afterValue.startIndex else { return nil }
        return SourceLocation(file: file, line: mark.line, column: line.distance(from: line.startIndex, to: rest.startIndex) + 1)
    }

    /// The `!word` written where an empty plain value stands: YAML took it for a tag.
    func tagWritten(at node: YAMLNode) -> String? {
        let mark = node.mark
        guard mark.line >= 1, mark.line <= lineStarts.count else { return nil }
        let lineEnd = text[lineStarts[mark.line - 1]...].firstIndex(of: "\n") ?? text.endIndex
        let line = text[lineStarts[mark.line - 1]..<lineEnd]
        guard let start = line.index(line.startIndex, offsetBy: max(0, mark.column - 1), limitedBy: line.endIndex) else { return nil }
        let written = line[start...].prefix { !$0.isWhitespace && $0 != "," && $0 != "}" && $0 != "]" && $0 != "#" }
        return written.hasPrefix("!") && written.count > 1 ? String(written) : nil
    }

    /// Nothing but white space and line breaks (what trimming them would leave empty), decided at
    /// the first character that is neither: for most text, the first.
    static func isBlank(_ text: String) -> Bool {
        if let first = text.utf8.first, first > 0x20, first < 0x7F { return false }
        return text.unicodeScalars.allSatisfy { CharacterSet.whitespacesAndNewlines.contains($0) }
    }

    /// `text` without surrounding `.whitespaces`; plain ASCII at both ends needs no Foundation.
    static func trimmed(_ text: String) -> String {
        if let first = text.utf8.first, let last = text.utf8.last, first > 0x20, first < 0x7F, last > 0x20, last < 0x7F {
            return text
        }
        return text.trimmingCharacters(in: .whitespaces)
    }

    mutating func int(_ node: YAMLNode, _ context: String, range: ClosedRange<Int>) -> Int? {
        guard case let .scalar(scalar) = node, let value = Int(Self.trimmed(scalar.string)) else {
            error(.wrongType, "\(context) must be a whole number", at: node)
            return nil
        }
        guard range.contains(value) else {
            error(.invalidValue, "\(context) must be between \(range.lowerBound) and \(range.upperBound), found \(value)", at: node)
            return nil
        }
        return value
    }

    mutating func double(_ node: YAMLNode, _ context: String, range: ClosedRange<Double>) -> Double? {
        guard case let .scalar(scalar) = node, let value = Double(Self.trimmed(scalar.string)),
              value.isFinite else {
            error(.wrongType, "\(context) must be a number", at: node)
            return nil
        }
        guard range.contains(value) else {
            error(.invalidValue, "\(context) must be between \(range.lowerBound) and \(range.upperBound)", at: node)
            return nil
        }
        return value
    }

    mutating func bool(_ node: YAMLNode, _ context: String) -> Bool? {
        guard case let .scalar(scalar) = node else {
            error(.wrongType, "\(context) must be true or false", at: node)
            return nil
        }
        switch scalar.string.lowercased() {
        case "true", "yes", "on": return true
        case "false", "no", "off": return false
        default:
            error(.wrongType, "\(context) must be true or false, found '\(scalar.string)'", at: node)
            return nil
        }
    }

    /// A method identifier such as a stage or a role; unknown ones get the list of valid ids.
    mutating func identifier<T: MethodIdentifier>(_ node: YAMLNode, _ context: String, as type: T.Type) -> T? {
        guard let text = string(node, context) else { return nil }
        if let value = T(rawValue: text) { return value }
        var message = "unknown \(context) '\(text)'"
        if let suggestion = Spelling.closest(to: text, among: T.identifiers) {
            message += "; did you mean '\(suggestion)'?"
        }
        error(.unknownIdentifier, message, at: node, notes: ["expected one of: \(T.identifiers.joined(separator: ", "))"])
        return nil
    }

    /// A single value or a list of them.
    mutating func list(_ node: YAMLNode, _ context: String) -> [YAMLNode] {
        switch node {
        case let .sequence(items, _): return items
        case .scalar: return [node]
        default:
            error(.wrongType, "\(context) must be a list, found \(describe(node))", at: node)
            return []
        }
    }

    mutating func identifiers<T: MethodIdentifier>(_ node: YAMLNode, _ context: String, as type: T.Type) -> [T] {
        list(node, context).compactMap { identifier($0, context, as: type) }
    }

    mutating func strings(_ node: YAMLNode, _ context: String) -> [String] {
        list(node, context).compactMap { string($0, context) }
    }
}
