import SparKit
import SparTerminal

/// An aligned table for the terminal: widths in display columns (Chinese counts two), numbers
/// right-aligned, and the one flexible column shortened with "…" when the table is wider than the screen.
struct TextTable {
    enum Alignment { case left, right }

    struct Column {
        var title: String
        var alignment: Alignment = .left
        /// The column that gives way when the table is too wide (a reason, a choice's text).
        var flexible = false
    }

    var columns: [Column]
    var rows: [[String]] = []
    /// Indent before every line.
    var indent = "  "
    let gap = "  "

    init(_ columns: [Column]) {
        self.columns = columns
    }

    /// No cell can break its row: a line break inside one is shown (text from files is made visible before styling too).
    mutating func add(_ cells: [String]) { rows.append(cells.map(TerminalText.line)) }

    func lines(width: Int, style: Style) -> [String] {
        var widths = columns.indices.map { index in
            ([columns[index].title] + rows.map { index < $0.count ? $0[index] : "" }).map(DisplayWidth.of).max() ?? 0
        }
        let total = DisplayWidth.of(indent) + widths.reduce(0, +) + DisplayWidth.of(gap) * max(0, columns.count - 1)
        if total > width, let flexible = columns.firstIndex(where: \.flexible) {
            widths[flexible] = max(8, widths[flexible] - (total - width))
        }
        func format(_ cells: [String]) -> String {
            let parts = columns.indices.map { index -> String in
                let cell = Truncation.truncate(index < cells.count ? cells[index] : "", toWidth: widths[index])
                // The last left-aligned cell needs no trailing spaces.
                if index == columns.count - 1 && columns[index].alignment == .left { return cell }
                return columns[index].alignment == .right ? Pad.left(cell, toWidth: widths[index])
                                                          : Pad.right(cell, toWidth: widths[index])
            }
            let line = indent + parts.joined(separator: gap)
            return String(line.reversed().drop(while: { $0 == " " }).reversed())
        }
        return [style.bold(format(columns.map(\.title)))] + rows.map(format)
    }
}
