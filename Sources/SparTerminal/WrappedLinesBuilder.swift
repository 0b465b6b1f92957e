/// Greedy line filling over `WrapSegments`, tracking colour state across breaks.
struct WrappedLinesBuilder {
    let width: Int
    let indent: String
    private let indentWidth: Int
    private var lines: [String] = []
    private var line = ""
    private var lineWidth = 0
    private var lineHasText = false
    private var activeStyles: [String] = []

    init(width: Int, indent: String) {
        self.width = width
        self.indent = indent
        self.indentWidth = DisplayWidth.of(indent)
    }

    mutating func append(paragraph: WrapSegments) {
        let paragraphFirstLine = lines.count
        for segment in paragraph.segments {
            let separatorWidth = segment.separator.reduce(0) { $0 + $1.width }
            let atomWidth = segment.atom.reduce(0) { $0 + $1.width }
            let fits = lineWidth + separatorWidth + atomWidth <= width
            if lineHasText {
                if fits {
                    append(segment.separator)
                    append(segment.atom)
                    continue
                }
                appendEscapesOnly(segment.separator)
                breakLine()
            } else if fits && lines.count == paragraphFirstLine {
                // Leading spaces of a paragraph are intentional indentation.
                append(segment.separator)
            } else {
                appendEscapesOnly(segment.separator)
            }
            appendOnFreshLine(segment.atom, atomWidth: atomWidth)
        }
        if lineWidth + paragraph.trailingSeparator.reduce(0, { $0 + $1.width }) <= width {
            append(paragraph.trailingSeparator)
        } else {
            appendEscapesOnly(paragraph.trailingSeparator)
        }
        appendEscapes(paragraph.trailingEscapes)
    }

    mutating func breakLine() {
        if !activeStyles.isEmpty { line += AnsiEscapes.reset }
        lines.append(line)
        line = indent + activeStyles.joined()
        lineWidth = indentWidth
        lineHasText = false
    }

    mutating func finish() -> [String] {
        if !activeStyles.isEmpty { line += AnsiEscapes.reset }
        lines.append(line)
        return lines
    }

    private mutating func appendOnFreshLine(_ atom: [WrapCell], atomWidth: Int) {
        if lineWidth + atomWidth <= width {
            append(atom)
            return
        }
        // Longer than a whole line: split between characters.
        for cell in atom {
            if lineHasText && lineWidth + cell.width > width { breakLine() }
            append([cell])
        }
    }

    private mutating func append(_ cells: [WrapCell]) {
        for cell in cells {
            appendEscapes(cell.escapes)
            line.append(cell.character)
            lineWidth += cell.width
            lineHasText = true
        }
    }

    private mutating func appendEscapesOnly(_ cells: [WrapCell]) {
        for cell in cells { appendEscapes(cell.escapes) }
    }

    private mutating func appendEscapes(_ escapes: [String]) {
        for escape in escapes {
            line += escape
            if AnsiEscapes.isReset(escape) {
                activeStyles = []
            } else if AnsiEscapes.isStyle(escape) {
                activeStyles.append(escape)
            }
        }
    }
}
