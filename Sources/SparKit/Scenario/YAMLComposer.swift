// CYaml is Yams' own copy of libyaml, visible here through the Yams dependency.
import CYaml

/// Composes a scenario file in one pass over libyaml's events, within the pre-flight's limits
/// (nesting, text length, file size). It takes only the plain case every well-formed scenario
/// is — one document, text keys, each key once, no anchors or aliases — and gives up (nil) on
/// anything else: a syntax error, a limit crossed, an alias, a duplicate key. The loader then
/// takes the checked path (`YAMLPreflight`, then Yams' composer), whose diagnostics say what is
/// wrong and where; so a file is parsed once when it is right, and errors read as they always did.
enum YAMLComposer {
    static func compose(_ bytes: UnsafeBufferPointer<UInt8>) -> YAMLNode? {
        guard bytes.count <= YAMLPreflight.maximumBytes else { return nil }
        let parser = UnsafeMutablePointer<yaml_parser_t>.allocate(capacity: 1)
        defer { parser.deallocate() }
        guard yaml_parser_initialize(parser) == 1 else { return nil }
        defer { yaml_parser_delete(parser) }
        yaml_parser_set_input_string(parser, bytes.baseAddress, bytes.count)
        var events = Events(parser: parser)
        defer { events.close() }
        guard events.advance(), events.event.type == YAML_STREAM_START_EVENT,
              events.advance(), events.event.type == YAML_DOCUMENT_START_EVENT,
              events.advance(), let root = events.node(depth: 0),
              events.advance(), events.event.type == YAML_DOCUMENT_END_EVENT,
              events.advance(), events.event.type == YAML_STREAM_END_EVENT else { return nil }
        return root
    }

    /// The parser's current event, and the nodes built from the events that follow it.
    private struct Events {
        let parser: UnsafeMutablePointer<yaml_parser_t>
        var event = yaml_event_t()

        /// Frees the current event and reads the next; false on a syntax error.
        mutating func advance() -> Bool {
            yaml_event_delete(&event)
            return yaml_parser_parse(parser, &event) == 1
        }

        mutating func close() { yaml_event_delete(&event) }

        /// The node that starts at the current event, its last event current on return.
        /// `depth`: the mappings and lists around it.
        mutating func node(depth: Int) -> YAMLNode? {
            let mark = YAMLNode.Mark(line: Int(event.start_mark.line) + 1, column: Int(event.start_mark.column) + 1)
            switch event.type {
            case YAML_SCALAR_EVENT:
                let scalar = event.data.scalar
                guard scalar.anchor == nil, scalar.length <= YAMLPreflight.maximumTextBytes else { return nil }
                let text = String(decoding: UnsafeBufferPointer(start: scalar.value, count: scalar.length), as: UTF8.self)
                return .scalar(YAMLNode.Scalar(string: text, style: Self.style(scalar.style), mark: mark))
            case YAML_SEQUENCE_START_EVENT:
                guard event.data.sequence_start.anchor == nil, depth < YAMLPreflight.maximumDepth else { return nil }
                var items: [YAMLNode] = []
                while true {
                    guard advance() else { return nil }
                    if event.type == YAML_SEQUENCE_END_EVENT { return .sequence(items, mark: mark) }
                    guard let item = node(depth: depth + 1) else { return nil }
                    items.append(item)
                }
            case YAML_MAPPING_START_EVENT:
                guard event.data.mapping_start.anchor == nil, depth < YAMLPreflight.maximumDepth else { return nil }
                var pairs: [(key: YAMLNode, value: YAMLNode)] = []
                var keys = Keys()
                while true {
                    guard advance() else { return nil }
                    if event.type == YAML_MAPPING_END_EVENT { return .mapping(pairs, mark: mark) }
                    guard let key = node(depth: depth + 1), case let .scalar(keyText) = key,
                          keys.insert(keyText.string), advance(), let value = node(depth: depth + 1) else { return nil }
                    pairs.append((key, value))
                }
            default:
                // An alias (or an event out of place): the checked path decides.
                return nil
            }
        }

        static func style(_ style: yaml_scalar_style_t) -> YAMLNode.Scalar.Style {
            switch style {
            case YAML_SINGLE_QUOTED_SCALAR_STYLE: .singleQuoted
            case YAML_DOUBLE_QUOTED_SCALAR_STYLE: .doubleQuoted
            case YAML_LITERAL_SCALAR_STYLE: .literal
            case YAML_FOLDED_SCALAR_STYLE: .folded
            default: .plain
            }
        }
    }

    /// A mapping's keys so far: compared in a list while few (most mappings have a handful),
    /// hashed once there are many (the `nodes:` mapping).
    private struct Keys {
        var list: [String] = []
        var set: Set<String>?

        /// False when the key is already there.
        mutating func insert(_ key: String) -> Bool {
            if set != nil { return set!.insert(key).inserted }
            if list.contains(key) { return false }
            list.append(key)
            if list.count == 16 { set = Set(list); list = [] }
            return true
        }
    }
}
