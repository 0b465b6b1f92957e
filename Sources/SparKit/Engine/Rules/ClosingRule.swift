import SalesMethod

/// Why now is a good moment to ask for the order (docs/method.md, closing).
public enum CloseOpportunity: Sendable, Hashable, Codable {
    /// The customer just showed buying signals.
    case signals([BuyingSignal])
    /// A major objection was just removed.
    case objectionRemoved
}

/// When to close: right after a signal, a removed objection or an acknowledged benefit; in the
/// last minutes dare to close; never close with nothing to go on outside them.
public enum ClosingRule {
    public static func score(close: ClosingTechnique?, opportunity: CloseOpportunity?, inWindow: Bool,
                             windowMinutes: Int = 20, language: Language) -> [Award] {
        guard let close else {
            if case let .signals(signals)? = opportunity {
                return [Award(.closing, -1, rule: "closing.missed_signal", args: ["signals": ids(signals)], language: language)]
            }
            return []
        }
        let technique = close.rawValue
        switch opportunity {
        case .signals(let signals)?:
            return [Award(.closing, 3, rule: "closing.on_signal", args: ["signals": ids(signals), "technique": technique],
                          language: language)]
        case .objectionRemoved?:
            return [Award(.closing, 3, rule: "closing.after_objection", args: ["technique": technique], language: language)]
        case nil:
            if inWindow {
                return [Award(.closing, 1, rule: "closing.in_window",
                              args: ["technique": technique, "minutes": String(windowMinutes)], language: language)]
            }
            return [Award(.closing, -2, rule: "closing.premature", args: [:], language: language)]
        }
    }

    /// Without an on-site close, later follow-up signs only rarely (the scenario's chance).
    public static func noCloseAtEnd(chance: Double, language: Language) -> Award {
        let percent = Int((chance * 100).rounded())
        return Award(.closing, -3, rule: "closing.no_close", args: ["percent": String(percent)], language: language)
    }

    /// Signal ids as one argument: "budget_question,timeline_question".
    static func ids(_ signals: [BuyingSignal]) -> String { signals.map(\.rawValue).joined(separator: ",") }
}
