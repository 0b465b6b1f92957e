import Yams

/// A composed YAML value with where it stands in the file: what the scenario reader walks.
/// Tags are not kept (spar reads every scalar as text itself); aliases are already resolved.
enum YAMLNode: Sendable {
    case scalar(Scalar)
    case mapping([(key: YAMLNode, value: YAMLNode)], mark: Mark)
    case sequence([YAMLNode], mark: Mark)

    /// Line and column, both from 1; columns count Unicode scalars, as libyaml does.
    struct Mark: Sendable, Equatable {
        var line: Int
        var column: Int
    }

    struct Scalar: Sendable {
        enum Style: Sendable { case plain, singleQuoted, doubleQuoted, literal, folded }
        var string: String
        var style: Style
        var mark: Mark
    }

    var mark: Mark {
        switch self {
        case let .scalar(scalar): scalar.mark
        case let .mapping(_, mark), let .sequence(_, mark): mark
        }
    }
}


extension YAMLNode {
    /// Yams' composed tree in this form (the checked loading path).
    init(_ node: Yams.Node) {
        switch node {
        case let .scalar(scalar):
            self = .scalar(Scalar(string: scalar.string, style: Scalar.Style(scalar.style), mark: Mark(scalar.mark)))
        case let .mapping(mapping):
            self = .mapping(mapping.map { (YAMLNode($0.key), YAMLNode($0.value)) }, mark: Mark(mapping.mark))
        case let .sequence(sequence):
            self = .sequence(sequence.map { YAMLNode($0) }, mark: Mark(sequence.mark))
        case let .alias(alias):
            // Yams' composer resolves aliases to the nodes they name; it never returns one.
            self = .scalar(Scalar(string: "", style: .plain, mark: Mark(alias.mark)))
        }
    }
}

extension YAMLNode.Mark {
    init(_ mark: Yams.Mark?) { self.init(line: mark?.line ?? 1, column: mark?.column ?? 1) }
}

extension YAMLNode.Scalar.Style {
    init(_ style: Yams.Node.Scalar.Style) {
        switch style {
        case .singleQuoted: self = .singleQuoted
        case .doubleQuoted: self = .doubleQuoted
        case .literal: self = .literal
        case .folded: self = .folded
        case .any, .plain: self = .plain
        }
    }
}
