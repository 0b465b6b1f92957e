import SalesMethod

/// Why now is a good moment to ask for the order (METHODOLOGY §5).
public enum CloseOpportunity: Sendable, Hashable, Codable {
    /// The customer just showed buying signals.
    case signals([BuyingSignal])
    /// A major objection was just removed.
    case objectionRemoved
}

/// When to close: right after a signal, a removed objection or an acknowledged benefit; in the
/// last minutes dare to close (seed 001); never close with nothing to go on outside them.
public enum ClosingRule {
    public static func score(close: ClosingTechnique?, opportunity: CloseOpportunity?, inWindow: Bool,
                             windowMinutes: Int = 20, language: Language) -> [Award] {
        guard let close else {
            if case let .signals(signals)? = opportunity {
                let names = signals.map { $0.name.text(language) }.joined(separator: text(language, "、", ", "))
                return [Award(.closing, -1, rule: "closing.missed_signal",
                              reason: text(language, "错过购买信号（\(names)）：此时应尝试成交",
                                           "missed a buying signal (\(names)): that was the moment to close"))]
            }
            return []
        }
        let technique = close.name.text(language)
        switch opportunity {
        case .signals(let signals)?:
            let names = signals.map { $0.name.text(language) }.joined(separator: text(language, "、", ", "))
            return [Award(.closing, 3, rule: "closing.on_signal",
                          reason: text(language, "抓住购买信号（\(names)）及时成交：\(technique)",
                                       "closed right after a buying signal (\(names)): \(technique)"))]
        case .objectionRemoved?:
            return [Award(.closing, 3, rule: "closing.after_objection",
                          reason: text(language, "异议消除后立即成交：\(technique)",
                                       "closed right after removing the objection: \(technique)"))]
        case nil:
            if inWindow {
                return [Award(.closing, 1, rule: "closing.in_window",
                              reason: text(language, "最后\(windowMinutes)分钟要敢于成交：\(technique)",
                                           "dared to close in the closing window: \(technique)"))]
            }
            return [Award(.closing, -2, rule: "closing.premature",
                          reason: text(language, "过早成交：没有购买信号，也不在成交窗口",
                                       "premature close: no buying signal and not in the closing window"))]
        }
    }

    /// Seed 001: without an on-site close, later follow-up signs only about 10% of the time.
    public static func noCloseAtEnd(chance: Double, language: Language) -> Award {
        let percent = Int((chance * 100).rounded())
        return Award(.closing, -3, rule: "closing.no_close",
                     reason: text(language, "会谈结束前最后阶段没有尝试成交：事后跟进成功率仅约\(percent)%",
                                  "no close attempt in the last minutes: later follow-up signs only about \(percent)% of the time"))
    }
}
