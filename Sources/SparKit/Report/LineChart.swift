/// Scores (0–100) across attempts: one line per series, attempt number along the bottom.
public struct LineChart: Sendable {
    public struct Series: Sendable {
        public var name: String
        public var values: [Int]
        public var color: String

        public init(name: String, values: [Int], color: String) {
            self.name = name
            self.values = values
            self.color = color
        }
    }

    public var title: String
    public var xLabel: String
    public var series: [Series]
    public var width: Double

    public init(title: String, xLabel: String, series: [Series], width: Double = 720) {
        self.title = title
        self.xLabel = xLabel
        self.series = series
        self.width = width
    }

    public func svg() -> String {
        let fontSize = 11.0
        let legendWidth = min(200, (series.map { SVGText.width($0.name, fontSize: fontSize) }.max() ?? 40) + 34)
        let left = 36.0, top = 12.0, plotHeight = 180.0
        let plotWidth = width - left - legendWidth - 16
        // A long legend (a big class) makes the chart taller rather than running off the bottom.
        let height = max(top + plotHeight + 40, top + 18 * Double(series.count) + 12)
        let attempts = max(2, series.map(\.values.count).max() ?? 2)
        func x(_ index: Int) -> Double { left + plotWidth * Double(index) / Double(attempts - 1) }
        func y(_ score: Int) -> Double { top + plotHeight * (1 - Double(min(100, max(0, score))) / 100) }
        var out = SVGText.open(kind: "attempts", width: width, height: height, title: title)
        for score in stride(from: 0, through: 100, by: 25) {
            out += "<line x1=\"\(SVGText.number(left))\" y1=\"\(SVGText.number(y(score)))\" x2=\"\(SVGText.number(left + plotWidth))\" "
                + "y2=\"\(SVGText.number(y(score)))\" stroke=\"\(ChartPalette.grid)\"/>"
            out += SVGText.label("\(score)", x: left - 6, y: y(score) + 4, size: 10, anchor: "end", fill: ChartPalette.muted)
        }
        for index in 0..<attempts {
            out += SVGText.label("\(index + 1)", x: x(index), y: top + plotHeight + 16, size: 10, anchor: "middle",
                                 fill: ChartPalette.muted)
        }
        out += SVGText.label(xLabel, x: left + plotWidth / 2, y: top + plotHeight + 34, size: 11, anchor: "middle",
                             fill: ChartPalette.muted)
        for (number, entry) in series.enumerated() {
            let points = entry.values.enumerated().map { "\(SVGText.number(x($0.offset))),\(SVGText.number(y($0.element)))" }
            if points.count > 1 {
                out += "<polyline class=\"series\" data-series=\"\(HTMLEscape.text(entry.name))\" points=\"\(points.joined(separator: " "))\" "
                    + "fill=\"none\" stroke=\"\(entry.color)\" stroke-width=\"2\"/>"
            }
            for (index, score) in entry.values.enumerated() {
                out += "<circle cx=\"\(SVGText.number(x(index)))\" cy=\"\(SVGText.number(y(score)))\" r=\"3.5\" fill=\"\(entry.color)\">"
                    + "<title>\(HTMLEscape.text("\(entry.name) #\(index + 1): \(score)"))</title></circle>"
            }
            let legendY = top + 10 + Double(number) * 18
            let legendX = left + plotWidth + 16
            out += "<line x1=\"\(SVGText.number(legendX))\" y1=\"\(SVGText.number(legendY - 4))\" x2=\"\(SVGText.number(legendX + 16))\" "
                + "y2=\"\(SVGText.number(legendY - 4))\" stroke=\"\(entry.color)\" stroke-width=\"2\"/>"
            out += SVGText.label(SVGText.fit(entry.name, width: legendWidth - 24, fontSize: fontSize), x: legendX + 20, y: legendY,
                                 size: fontSize)
        }
        return out + "</svg>"
    }
}
