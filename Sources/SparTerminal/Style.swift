/// ANSI colours and attributes that switch off cleanly when colour is unwanted.
public struct Style: Sendable {
    public var enabled: Bool

    public init(enabled: Bool) {
        self.enabled = enabled
    }

    /// No styling at all; handy for tests and piped output.
    public static let plain = Style(enabled: false)

    /// Colour only for an interactive terminal that can show it, honouring
    /// the `NO_COLOR` convention (https://no-color.org) and `--no-color`.
    public static func automatic(noColorFlag: Bool) -> Style {
        resolve(noColorFlag: noColorFlag, outputIsTTY: Terminal.isOutputTTY, environment: Terminal.environment)
    }

    /// The decision behind `automatic`, with its inputs spelled out so it can be tested.
    public static func resolve(noColorFlag: Bool, outputIsTTY: Bool, environment: [String: String]) -> Style {
        let noColorRequested = !(environment["NO_COLOR"] ?? "").isEmpty
        let dumbTerminal = environment["TERM"] == "dumb"
        return Style(enabled: outputIsTTY && !noColorRequested && !dumbTerminal && !noColorFlag)
    }

    // Each attribute closes with its own "off" code rather than a full reset,
    // so styles can nest: red("a " + bold("b") + " c") keeps "c" red.
    public func bold(_ s: String) -> String { apply(s, on: "1", off: "22") }
    public func dim(_ s: String) -> String { apply(s, on: "2", off: "22") }
    public func italic(_ s: String) -> String { apply(s, on: "3", off: "23") }
    public func underline(_ s: String) -> String { apply(s, on: "4", off: "24") }
    public func red(_ s: String) -> String { apply(s, on: "31", off: "39") }
    public func green(_ s: String) -> String { apply(s, on: "32", off: "39") }
    public func yellow(_ s: String) -> String { apply(s, on: "33", off: "39") }
    public func blue(_ s: String) -> String { apply(s, on: "34", off: "39") }
    public func magenta(_ s: String) -> String { apply(s, on: "35", off: "39") }
    public func cyan(_ s: String) -> String { apply(s, on: "36", off: "39") }
    public func gray(_ s: String) -> String { apply(s, on: "90", off: "39") }

    private func apply(_ s: String, on: String, off: String) -> String {
        guard enabled, !s.isEmpty else { return s }
        return "\u{1B}[\(on)m\(s)\u{1B}[\(off)m"
    }
}
