import Yams

/// A composed YAML node with only what the loader reads: text, style and place. Yams' own `Node`
/// carries a tag object, an anchor and a style per node, and a 64 MB scenario composed that way
/// held most of the loader's peak memory; this one is a quarter of its size, with texts of up to
/// 15 bytes stored inline.
enum YAMLNode: Sendable {
    case scalar(Scalar)
    case mapping(Mapping)
    case sequence(List)

    /// Where a node starts: 1-based line, and column in Unicode scalars, as libyaml counts.
    struct Mark: Sendable, Hashable {
        private var storedLine: Int32
        private var storedColumn: Int32
        var line: Int { Int(storedLine) }
        var column: Int { Int(storedColumn) }

        init(line: Int, column: Int) {
            storedLine = Int32(clamping: line)
            storedColumn = Int32(clamping: column)
        }
    }

    /// libyaml's scalar styles, in its order.
    enum Style: UInt8, Sendable {
        case any, plain, singleQuoted, doubleQuoted, literal, folded
    }

    struct Scalar: Sendable {
        var string: String
        var style: Style
        var mark: Mark
    }

    struct Mapping: Swift.Sequence, Sendable {
        var pairs: [(YAMLNode, YAMLNode)]
        var mark: Mark
        func makeIterator() -> IndexingIterator<[(YAMLNode, YAMLNode)]> { pairs.makeIterator() }
    }

    struct List: Swift.Sequence, Sendable {
        var nodes: [YAMLNode]
        var mark: Mark
        func makeIterator() -> IndexingIterator<[YAMLNode]> { nodes.makeIterator() }
    }

    var mark: Mark? {
        switch self {
        case .scalar(let scalar): scalar.mark
        case .mapping(let mapping): mapping.mark
        case .sequence(let list): list.mark
        }
    }

    /// A tree Yams composed (the rare files `YAMLComposer` leaves to it). Its depth is bounded by
    /// `YAMLPreflight`, so recursing here is safe.
    init(_ node: Node) {
        let mark = Mark(line: node.mark?.line ?? 1, column: node.mark?.column ?? 1)
        switch node {
        case .scalar(let scalar):
            self = .scalar(Scalar(string: scalar.string, style: Style(rawValue: UInt8(clamping: scalar.style.rawValue)) ?? .any,
                                  mark: mark))
        case .mapping(let mapping):
            self = .mapping(Mapping(pairs: mapping.map { (YAMLNode($0.key), YAMLNode($0.value)) }, mark: mark))
        case .sequence(let sequence):
            self = .sequence(List(nodes: sequence.map(YAMLNode.init), mark: mark))
        case .alias:
            self = .scalar(Scalar(string: "", style: .plain, mark: mark))
        }
    }
}
