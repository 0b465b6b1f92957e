import SalesMethod

/// The localisation table: every text spar itself shows a trainee or a trainer, in zh and en.
/// Front ends lay these texts out and colour them; they word nothing themselves. The extensions
/// in this folder hold one concept each (play events, notices, score reasons, the scorecard…).
public struct Wording: Sendable, Hashable {
    public var language: Language

    public init(_ language: Language) {
        self.language = language
    }

    /// The zh or en text; only the one picked is built.
    @inline(__always)
    func t(_ zh: @autoclosure () -> String, _ en: @autoclosure () -> String) -> String {
        language == .zh ? zh() : en()
    }

    /// Between the items of a list: "、" or ", ".
    public var listSeparator: String { t("、", ", ") }

    /// Between a label and what follows it: "：" or ": ".
    public var colon: String { t("：", ": ") }

    /// Words joined as a list in this language.
    public func list(_ items: [String]) -> String { items.joined(separator: listSeparator) }

    /// Text in brackets: "（…）" or " (…)".
    public func parenthesised(_ text: String) -> String { t("（\(text)）", " (\(text))") }

    public func name(_ name: LocalizedName) -> String { name.text(language) }

    public var customer: String { t("客户", "Customer") }
    public var you: String { t("你：", "You: ") }
    public var coach: String { t("点评：", "Coach: ") }
    public var hint: String { t("提示：", "Hint: ") }
    public var practice: String { t("练习", "practice") }
    public var exam: String { t("考试", "exam") }
    public func mode(_ mode: SessionMode) -> String { mode == .exam ? exam : practice }
    public var pass: String { t("通过", "pass") }
    public var notPassed: String { t("未通过", "not passed") }
    public var notInScenario: String { t("本场景不涉及", "not in this scenario") }
    public var takenBack: String { t("（已撤回，不计分）", "(taken back: not scored)") }

    /// "第3轮" / "turn 3".
    public func turn(_ number: Int) -> String { t("第\(number)轮", "turn \(number)") }

    /// "⏱ 12/90 分钟" / "⏱ 12/90 min"; without a total when the meeting's length is not known.
    public func clock(elapsed: Int, total: Int?) -> String {
        guard let total else { return t("⏱ \(elapsed) 分钟", "⏱ \(elapsed) min") }
        return t("⏱ \(elapsed)/\(total) 分钟", "⏱ \(elapsed)/\(total) min")
    }

    /// "会谈结束：签约" / "Meeting over: signed".
    public func meetingOver(_ outcome: Outcome) -> String { t("会谈结束：", "Meeting over: ") + outcome.name(language) }

    /// "+3 成交": points signed, then the dimension.
    public func points(_ points: Int, _ dimension: ScoreDimension) -> String {
        (points > 0 ? "+" : "") + "\(points) " + dimension.name(language)
    }
}
