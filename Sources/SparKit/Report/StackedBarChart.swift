/// Horizontal 100% stacked bars: for each row (a node), how answers split over its segments (choices).
public struct StackedBarChart: Sendable {
    public struct Segment: Sendable {
        public var label: String
        public var count: Int
        public var color: String
        public var detail: String

        public init(label: String, count: Int, color: String, detail: String) {
            self.label = label
            self.count = count
            self.color = color
            self.detail = detail
        }
    }

    public struct Row: Sendable {
        public var label: String
        public var segments: [Segment]

        public init(label: String, segments: [Segment]) {
            self.label = label
            self.segments = segments
        }
    }

    public var title: String
    public var rows: [Row]
    public var legend: [(color: String, text: String)]
    public var width: Double

    public init(title: String, rows: [Row], legend: [(color: String, text: String)], width: Double = 720) {
        self.title = title
        self.rows = rows
        self.legend = legend
        self.width = width
    }

    public func svg() -> String {
        let rowHeight = 30.0, top = 8.0, fontSize = 12.0
        let labelWidth = min(width * 0.35, max(80, (rows.map { SVGText.width($0.label, fontSize: fontSize) }.max() ?? 0) + 12))
        let barSpace = width - labelWidth - 60
        let height = top + rowHeight * Double(rows.count) + 30
        var out = SVGText.open(kind: "choices", width: width, height: height, title: title)
        for (index, row) in rows.enumerated() {
            let y = top + rowHeight * Double(index)
            let total = row.segments.reduce(0) { $0 + $1.count }
            out += SVGText.label(SVGText.fit(row.label, width: labelWidth - 12, fontSize: fontSize),
                                 x: labelWidth - 8, y: y + 19, size: fontSize, anchor: "end")
            var x = labelWidth
            for segment in row.segments where segment.count > 0 && total > 0 {
                let length = Double(segment.count) / Double(total) * barSpace
                let percent = Int((Double(segment.count) / Double(total) * 100).rounded())
                out += "<rect class=\"segment\" x=\"\(SVGText.number(x))\" y=\"\(SVGText.number(y + 4))\" "
                    + "width=\"\(SVGText.number(length))\" height=\"\(SVGText.number(rowHeight - 8))\" fill=\"\(segment.color)\" "
                    + "stroke=\"#fff\"><title>\(HTMLEscape.text("\(segment.detail) — \(segment.count) (\(percent)%)"))</title></rect>"
                let text = "\(segment.label) \(percent)%"
                if SVGText.width(text, fontSize: 11) + 6 < length {
                    out += SVGText.label(text, x: x + length / 2, y: y + 19, size: 11, anchor: "middle",
                                         fill: Self.isLight(segment.color) ? ChartPalette.ink : "#fff")
                }
                x += length
            }
            out += SVGText.label("n=\(total)", x: labelWidth + barSpace + 6, y: y + 19, size: 11, fill: ChartPalette.muted)
        }
        var legendX = labelWidth
        let legendY = top + rowHeight * Double(rows.count) + 14
        for item in legend {
            out += "<rect x=\"\(SVGText.number(legendX))\" y=\"\(SVGText.number(legendY - 9))\" width=\"12\" height=\"12\" fill=\"\(item.color)\"/>"
            out += SVGText.label(item.text, x: legendX + 16, y: legendY + 1, size: 11)
            legendX += 28 + SVGText.width(item.text, fontSize: 11)
        }
        return out + "</svg>"
    }

    /// Whether a `#rrggbb` colour is light enough to need dark text on it.
    static func isLight(_ color: String) -> Bool {
        let hex = color.dropFirst()
        guard hex.count == 6, let value = Int(hex, radix: 16) else { return false }
        let (r, g, b) = (Double(value >> 16 & 0xFF), Double(value >> 8 & 0xFF), Double(value & 0xFF))
        return 0.299 * r + 0.587 * g + 0.114 * b > 160
    }
}
