/// A horizontal bar chart: one labelled bar per item, the value written at its end.
public struct BarChart: Sendable {
    public struct Bar: Sendable {
        public var label: String
        public var value: Double
        public var valueText: String
        public var color: String
        /// A tooltip with the full text when the label had to be shortened.
        public var detail: String?

        public init(label: String, value: Double, valueText: String, color: String, detail: String? = nil) {
            self.label = label
            self.value = value
            self.valueText = valueText
            self.color = color
            self.detail = detail
        }
    }

    public var title: String
    public var kind: String
    public var bars: [Bar]
    /// The value a full-length bar stands for (100 for scores; the largest count otherwise).
    public var maximum: Double?
    public var width: Double

    public init(title: String, kind: String = "bars", bars: [Bar], maximum: Double? = nil, width: Double = 720) {
        self.title = title
        self.kind = kind
        self.bars = bars
        self.maximum = maximum
        self.width = width
    }

    public func svg() -> String {
        let rowHeight = 26.0, top = 8.0, fontSize = 12.0
        let labelWidth = min(width * 0.5, max(80, (bars.map { SVGText.width($0.label, fontSize: fontSize) }.max() ?? 0) + 12))
        let barSpace = width - labelWidth - 56
        let top100 = maximum ?? max(1, bars.map(\.value).max() ?? 1)
        let height = top + rowHeight * Double(bars.count) + 8
        var out = SVGText.open(kind: kind, width: width, height: height, title: title)
        for (index, bar) in bars.enumerated() {
            let y = top + rowHeight * Double(index)
            let label = SVGText.fit(bar.label, width: labelWidth - 12, fontSize: fontSize)
            out += SVGText.label(label, x: labelWidth - 8, y: y + 16, size: fontSize, anchor: "end")
            let length = max(0, min(1, bar.value / top100)) * barSpace
            out += "<rect class=\"bar\" x=\"\(SVGText.number(labelWidth))\" y=\"\(SVGText.number(y + 4))\" "
                + "width=\"\(SVGText.number(max(length, 1)))\" height=\"\(SVGText.number(rowHeight - 8))\" rx=\"3\" fill=\"\(bar.color)\">"
                + "<title>\(HTMLEscape.text((bar.detail ?? bar.label) + ": " + bar.valueText))</title></rect>"
            out += SVGText.label(bar.valueText, x: labelWidth + length + 6, y: y + 16, size: fontSize)
        }
        return out + "</svg>"
    }
}
