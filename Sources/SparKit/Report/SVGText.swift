import Foundation

/// Small helpers for writing SVG by hand: numbers, text width estimates, shortening labels.
enum SVGText {
    /// Coordinates with at most one decimal, so the markup stays short and stable.
    static func number(_ value: Double) -> String {
        let rounded = (value * 10).rounded() / 10
        return rounded == rounded.rounded() ? String(Int(rounded)) : String(format: "%.1f", rounded)
    }

    /// Approximate rendered width: wide (CJK) characters take a full em, others a bit over half.
    static func width(_ text: String, fontSize: Double) -> Double {
        text.unicodeScalars.reduce(0) { $0 + (isWide($1) ? 1.0 : 0.58) } * fontSize
    }

    /// Cuts text to fit a width, ending in "…".
    static func fit(_ text: String, width maximum: Double, fontSize: Double) -> String {
        guard width(text, fontSize: fontSize) > maximum else { return text }
        var result = ""
        var used = 0.6 * fontSize
        for character in text {
            let w = width(String(character), fontSize: fontSize)
            if used + w > maximum { break }
            result.append(character)
            used += w
        }
        return result + "…"
    }

    static func isWide(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x1100...0x115F, 0x2E80...0xA4CF, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFF60,
             0xFFE0...0xFFE6, 0x20000...0x3FFFD: true
        default: false
        }
    }

    /// `<svg …><title>…</title>`: the title names the chart for screen readers, tooltips and tests.
    static func open(kind: String, width: Double, height: Double, title: String) -> String {
        "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart chart-\(kind)\" data-chart=\"\(kind)\" role=\"img\" "
            + "viewBox=\"0 0 \(number(width)) \(number(height))\" width=\"\(number(width))\" height=\"\(number(height))\">"
            + "<title>\(HTMLEscape.text(title))</title>"
    }

    static func label(_ text: String, x: Double, y: Double, size: Double = 12, anchor: String = "start",
                      fill: String = ChartPalette.ink, weight: String? = nil) -> String {
        "<text x=\"\(number(x))\" y=\"\(number(y))\" font-size=\"\(number(size))\" text-anchor=\"\(anchor)\" fill=\"\(fill)\""
            + (weight.map { " font-weight=\"\($0)\"" } ?? "") + ">\(HTMLEscape.text(text))</text>"
    }
}
