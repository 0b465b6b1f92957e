import Foundation

/// A radar (spider) chart of 0–100 values, one axis per dimension, one polygon per series.
public struct RadarChart: Sendable {
    public struct Series: Sendable {
        public var name: String
        /// One value per axis; nil (not scored) is drawn at the centre.
        public var values: [Double?]
        public var color: String
        /// A dashed outline without fill, for a reference such as the class average.
        public var dashed: Bool

        public init(name: String, values: [Double?], color: String, dashed: Bool = false) {
            self.name = name
            self.values = values
            self.color = color
            self.dashed = dashed
        }
    }

    public var title: String
    public var axes: [String]
    public var series: [Series]

    public init(title: String, axes: [String], series: [Series]) {
        self.title = title
        self.axes = axes
        self.series = series
    }

    public func svg() -> String {
        let width = 320.0, height = 300.0, cx = 160.0, cy = 150.0, radius = 92.0
        let count = max(axes.count, 3)
        func point(_ axis: Int, _ fraction: Double) -> (x: Double, y: Double) {
            let angle = -Double.pi / 2 + 2 * Double.pi * Double(axis) / Double(count)
            return (cx + cos(angle) * radius * fraction, cy + sin(angle) * radius * fraction)
        }
        func polygon(_ fractions: [Double]) -> String {
            fractions.enumerated().map { index, fraction in
                let p = point(index, fraction)
                return "\(SVGText.number(p.x)),\(SVGText.number(p.y))"
            }.joined(separator: " ")
        }
        var out = SVGText.open(kind: "radar", width: width, height: height, title: title)
        for ring in [0.25, 0.5, 0.75, 1.0] {
            out += "<polygon points=\"\(polygon(Array(repeating: ring, count: count)))\" fill=\"none\" stroke=\"\(ChartPalette.grid)\"/>"
        }
        for (index, name) in axes.enumerated() {
            let end = point(index, 1)
            out += "<line x1=\"\(SVGText.number(cx))\" y1=\"\(SVGText.number(cy))\" x2=\"\(SVGText.number(end.x))\" "
                + "y2=\"\(SVGText.number(end.y))\" stroke=\"\(ChartPalette.grid)\"/>"
            let at = point(index, 1.17)
            let anchor = abs(at.x - cx) < 8 ? "middle" : (at.x > cx ? "start" : "end")
            out += SVGText.label(name, x: at.x, y: at.y + 4, size: 12, anchor: anchor)
        }
        out += SVGText.label("100", x: cx + 3, y: cy - radius + 10, size: 9, fill: ChartPalette.muted)
        for entry in series {
            let fractions = (0..<count).map { index in
                index < entry.values.count ? min(1, max(0, (entry.values[index] ?? 0) / 100)) : 0
            }
            let fill = entry.dashed ? "none" : entry.color
            out += "<polygon class=\"series\" data-series=\"\(HTMLEscape.text(entry.name))\" points=\"\(polygon(fractions))\" "
                + "fill=\"\(fill)\" fill-opacity=\"0.18\" stroke=\"\(entry.color)\" stroke-width=\"2\""
                + (entry.dashed ? " stroke-dasharray=\"5 4\"" : "") + "><title>"
                + HTMLEscape.text(entry.name + ": " + zip(axes, entry.values).map { "\($0) \($1.map { String(Int($0.rounded())) } ?? "–")" }
                    .joined(separator: ", ")) + "</title></polygon>"
            if !entry.dashed {
                for (index, fraction) in fractions.enumerated() {
                    let p = point(index, fraction)
                    out += "<circle cx=\"\(SVGText.number(p.x))\" cy=\"\(SVGText.number(p.y))\" r=\"3\" fill=\"\(entry.color)\"/>"
                }
            }
        }
        var legendX = 10.0
        for entry in series {
            let dash = entry.dashed ? " stroke-dasharray=\"5 4\"" : ""
            out += "<line x1=\"\(SVGText.number(legendX))\" y1=\"\(SVGText.number(height - 12))\" x2=\"\(SVGText.number(legendX + 18))\" "
                + "y2=\"\(SVGText.number(height - 12))\" stroke=\"\(entry.color)\" stroke-width=\"2\"\(dash)/>"
            out += SVGText.label(entry.name, x: legendX + 22, y: height - 8, size: 11)
            legendX += 30 + SVGText.width(entry.name, fontSize: 11) + 12
        }
        return out + "</svg>"
    }
}
