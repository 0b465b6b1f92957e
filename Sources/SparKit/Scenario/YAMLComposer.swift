// CYaml is Yams' own copy of libyaml, visible here through the Yams dependency.
import CYaml

/// Composes a scenario's YAML into `YAMLNode`s straight from libyaml's events, without recursion.
/// Anything unusual — a syntax error, a second document, an undefined alias, a duplicate or
/// non-text key, an explicit tag — is declined and left to Yams, whose errors word the
/// diagnostics as they always were; a well-formed scenario never needs it.
enum YAMLComposer {
    enum Outcome {
        /// The stream holds no document.
        case empty
        case composed(YAMLNode)
        /// Leave this text to Yams.
        case declined
    }

    private struct Frame {
        var isMapping: Bool
        var mark: YAMLNode.Mark
        var anchor: String?
        var items: [YAMLNode] = []
        /// A mapping's keys so far, to decline a duplicate.
        var keys: Set<String> = []
    }

    static func compose(_ text: String) -> Outcome {
        var copy = text
        return copy.withUTF8 { buffer in
            var parser = yaml_parser_t()
            guard yaml_parser_initialize(&parser) == 1 else { return .declined }
            defer { yaml_parser_delete(&parser) }
            yaml_parser_set_input_string(&parser, buffer.baseAddress, buffer.count)
            var stack: [Frame] = []
            var anchors: [String: YAMLNode] = [:]
            var root: YAMLNode?
            var documents = 0

            /// Puts a finished node in its parent; false when the text must be declined.
            func place(_ node: YAMLNode) -> Bool {
                guard !stack.isEmpty else {
                    root = node
                    return true
                }
                if stack[stack.count - 1].isMapping && stack[stack.count - 1].items.count % 2 == 0 {
                    guard case .scalar(let key) = node, stack[stack.count - 1].keys.insert(key.string).inserted else {
                        return false
                    }
                }
                stack[stack.count - 1].items.append(node)
                return true
            }

            while true {
                var event = yaml_event_t()
                guard yaml_parser_parse(&parser, &event) == 1 else { return .declined }
                defer { yaml_event_delete(&event) }
                let mark = YAMLNode.Mark(line: Int(event.start_mark.line) + 1, column: Int(event.start_mark.column) + 1)
                switch event.type {
                case YAML_STREAM_END_EVENT:
                    return root.map(Outcome.composed) ?? .empty
                case YAML_DOCUMENT_START_EVENT:
                    documents += 1
                    if documents > 1 { return .declined }
                case YAML_SCALAR_EVENT:
                    let scalar = event.data.scalar
                    guard scalar.tag == nil else { return .declined }
                    // As Yams reads it: up to a NUL.
                    let string = scalar.value.map { String(cString: $0) } ?? ""
                    let node = YAMLNode.scalar(.init(string: string, style: YAMLNode.Style(rawValue: UInt8(clamping: scalar.style.rawValue)) ?? .any,
                                                     mark: mark))
                    if let anchor = scalar.anchor { anchors[String(cString: anchor)] = node }
                    guard place(node) else { return .declined }
                case YAML_ALIAS_EVENT:
                    guard let name = event.data.alias.anchor, let node = anchors[String(cString: name)], place(node) else {
                        return .declined
                    }
                case YAML_SEQUENCE_START_EVENT:
                    guard event.data.sequence_start.tag == nil else { return .declined }
                    stack.append(Frame(isMapping: false, mark: mark, anchor: event.data.sequence_start.anchor.map { String(cString: $0) }))
                case YAML_MAPPING_START_EVENT:
                    guard event.data.mapping_start.tag == nil else { return .declined }
                    stack.append(Frame(isMapping: true, mark: mark, anchor: event.data.mapping_start.anchor.map { String(cString: $0) }))
                case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT:
                    guard let frame = stack.popLast() else { return .declined }
                    let node: YAMLNode
                    if frame.isMapping {
                        var pairs: [(YAMLNode, YAMLNode)] = []
                        pairs.reserveCapacity(frame.items.count / 2)
                        var index = 0
                        while index + 1 < frame.items.count {
                            pairs.append((frame.items[index], frame.items[index + 1]))
                            index += 2
                        }
                        node = .mapping(.init(pairs: pairs, mark: frame.mark))
                    } else {
                        node = .sequence(.init(nodes: frame.items, mark: frame.mark))
                    }
                    if let anchor = frame.anchor { anchors[anchor] = node }
                    guard place(node) else { return .declined }
                default:
                    continue
                }
            }
        }
    }
}
