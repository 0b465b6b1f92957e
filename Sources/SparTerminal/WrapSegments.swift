/// One visible character together with the escape sequences printed just before it.
struct WrapCell {
    var escapes: [String]
    var character: Character
    var width: Int
}

/// A paragraph cut into unbreakable runs ("atoms"), each preceded by the
/// whitespace (possibly none) at which a break is allowed.
struct WrapSegments {
    struct Segment {
        var separator: [WrapCell]
        var atom: [WrapCell]
    }

    var segments: [Segment] = []
    var trailingSeparator: [WrapCell] = []
    var trailingEscapes: [String] = []

    init(_ paragraph: String) {
        var pendingEscapes: [String] = []
        var separator: [WrapCell] = []
        var atom: [WrapCell] = []
        for token in AnsiEscapes.tokens(paragraph) {
            switch token {
            case .escape(let escape):
                pendingEscapes.append(escape)
            case .character(let character):
                let cell = WrapCell(escapes: pendingEscapes, character: character, width: DisplayWidth.of(character))
                pendingEscapes = []
                if LineBreakClass(character) == .space {
                    if !atom.isEmpty {
                        segments.append(Segment(separator: separator, atom: atom))
                        separator = []
                        atom = []
                    }
                    separator.append(cell)
                } else if let previous = atom.last,
                    LineBreakClass.allowsBreak(
                        between: previous.character, beforeWidth: previous.width,
                        and: character, afterWidth: cell.width)
                {
                    segments.append(Segment(separator: separator, atom: atom))
                    separator = []
                    atom = [cell]
                } else {
                    atom.append(cell)
                }
            }
        }
        if !atom.isEmpty { segments.append(Segment(separator: separator, atom: atom)) } else { trailingSeparator = separator }
        trailingEscapes = pendingEscapes
    }
}
