import SalesMethod

/// Session events worded for a trainee: what local play prints and a classroom server sends.
/// Built only from what play shows; nothing hidden (a contact's role, a choice's tags) goes in.
public enum SessionWording {
    public static func lines(for events: [SessionEvent], language: Language, mode: SessionMode) -> [DisplayLine] {
        let w = Wording(language)
        return events.flatMap { w.lines(for: $0, mode: mode) }
    }
}

extension Wording {
    /// One event's lines; `.quit` shows nothing.
    public func lines(for event: SessionEvent, mode: SessionMode) -> [DisplayLine] {
        switch event {
        case .stageChanged(let stage):
            return [DisplayLine(.blank), DisplayLine(.stageBanner, t("进入\(stage.name.zh)", "Stage: \(stage.name.en)"))]
        case .customerSays(let speaker, let line):
            return [DisplayLine(.blank), DisplayLine(.speech, label: (speaker?.displayName(language) ?? customer) + colon, line)]
        case .cue(let cue):
            return [DisplayLine(.cue, t("（\(cue)）", "(\(cue))"))]
        case .clock(let clock):
            var text = self.clock(elapsed: clock.elapsed, total: clock.total)
            guard clock.inWindow else { return [DisplayLine(.clock, text)] }
            text += t(" · 成交窗口（剩 \(clock.remaining) 分钟）", " · closing window (\(clock.remaining) min left)")
            return [DisplayLine(.clockWindow, text)]
        case .choices(let choices):
            return choices.map { DisplayLine(.choice, label: "\($0.number))", $0.say) }
        case .awaitingAnswer:
            return [DisplayLine(.instruction, t("（考试模式：请用自己的话回答）", "(exam: answer in your own words)"))]
        case .askClassify:
            return [DisplayLine(.blank),
                    DisplayLine(.checkpoint, t("【检查点】请判断这个客户的类别（A/B/C/D 或 未知），并说明理由。",
                                               "[Checkpoint] Classify this account (A/B/C/D or unknown) and give your reasons.")),
                    DisplayLine(.instruction, t("例如：B 第二KP 有需求 有购买能力 认可产品价值", "e.g. B second KP, has a need, can pay, sees value"))]
        case .askMap(let contact):
            return [DisplayLine(.checkpoint, t("【检查点】\(contact.displayName(.zh))：角色、态度、沟通类型？（skip 跳过）",
                                               "[Checkpoint] \(contact.displayName(.en)): role, attitude, style? (skip to pass)"))]
        case .answered(let choice, _):
            return [DisplayLine(.answer, label: you, choice.say)]
        case .whichDidYouMean(let choices):
            // Each option on a line of its own, as written: run together, they read as one sentence.
            return [DisplayLine(.question, whichDidYouMean(choices))]
                + choices.map { DisplayLine(.choice, label: "\($0.number))", $0.say) }
                + [DisplayLine(.instruction, t("请输入编号，回答“是/不是”，或换个说法。", "Type the number, answer yes or no, or say it another way."))]
        case .notUnderstood:
            return [DisplayLine(.warning, t("（客户一脸疑惑，似乎没明白你的意思。换个说法试试。）",
                                            "(The customer looks puzzled. Try saying it another way.)"))]
        case .feedback(let text):
            return [DisplayLine(.coach, label: coach, text)]
        case .score(let event):
            return [scoreLine(event)]
        case .classified(let given, let reasons, let expected, let scored):
            return classified(given: given, reasons: reasons, expected: expected, scored: scored, mode: mode)
        case .mapped(let contact, let mapping):
            let parts = [mapping.role?.name, mapping.attitude?.name, mapping.style?.name].compactMap { $0?.text(language) }
                .joined(separator: " / ")
            return [DisplayLine(.plain, t("已记录：\(contact.name) — \(parts)", "Noted: \(contact.name) — \(parts)"))]
        case .status(let status):
            return statusLines(status)
        case .hint(let hints):
            return hints.map { DisplayLine(.coach, label: hint, $0) }
        case .notes(let notes):
            if notes.isEmpty { return [DisplayLine(.plain, t("还没有笔记。用 /notes 文本 记录。", "No notes yet. /notes TEXT adds one."))] }
            return notes.enumerated().map { DisplayLine(.note, label: "\($0.offset + 1).", $0.element) }
        case .help(let commands):
            return commands.map { DisplayLine(.command, label: $0.command, $0.summary) }
                + [DisplayLine(.instruction, mode == .exam
                    ? t("考试模式：用自己的话回答客户（不显示选项）。Ctrl-C 清空本行，Ctrl-D 保存并离开。",
                        "Exam: type what you would say to the customer, in your own words (no choices are shown). Ctrl-C clears the line, Ctrl-D saves and leaves.")
                    : t("输入编号选择回答，或直接用自己的话回答。Ctrl-C 清空本行，Ctrl-D 保存并离开。",
                        "Type a number to pick an answer, or answer in your own words. Ctrl-C clears the line, Ctrl-D saves and leaves."))]
        case .notice(let notice):
            return [DisplayLine(.notice, self.notice(notice))]
        case .ended(let ending):
            var lines = [DisplayLine(.blank), DisplayLine(.ending, meetingOver(ending.outcome))]
            if let text = ending.text { lines.append(DisplayLine(.detail, text)) }
            lines += ending.adjustments.map { DisplayLine(.adjustment, $0) }
            return lines
        case .quit:
            return []
        }
    }

    /// A score event: its points as the label, its reason in this language.
    public func scoreLine(_ event: ScoreEvent) -> DisplayLine {
        let role: DisplayLine.Role = event.points > 0 ? .scoreGain : event.points < 0 ? .scoreLoss : .scoreNeutral
        return DisplayLine(role, label: points(event.points, event.dimension), event.reason(in: language))
    }

    /// The question before the options it offers.
    func whichDidYouMean(_ choices: [NumberedChoice]) -> String {
        choices.count > 1 ? t("您是指哪一个？", "Which did you mean?") : t("您是指这个吗？", "Did you mean this?")
    }

    func classified(given: CustomerClass, reasons: [ClassificationReason], expected: Classification, scored: Bool,
                    mode: SessionMode) -> [DisplayLine] {
        let reasonText = list(reasons.map { $0.name.text(language) })
        var lines = [DisplayLine(.plain, t("你的判断：\(given.name.zh)", "Your call: \(given.name.en)")
                                    + (reasonText.isEmpty ? "" : parenthesised(reasonText)))]
        // An unscored classification is practice feedback: the answer is shown in either mode.
        if !scored || mode == .practice {
            let holds = list(expected.holds.map { $0.name.text(language) })
            var line = t("按已知事实：\(expected.customerClass.name.zh)", "On the known facts: \(expected.customerClass.name.en)")
            if !holds.isEmpty { line += parenthesised(holds) }
            if !expected.pending.isEmpty {
                line += t("；尚未弄清：", "; still unknown: ") + list(expected.pending.map { $0.name.text(language) })
            }
            lines.append(DisplayLine(.detail, line))
        }
        return lines
    }

    /// `/status`: stage, clock, known facts, open objection, last classification, points.
    func statusLines(_ status: SessionStatus) -> [DisplayLine] {
        let stage = status.stage.map { $0.name.text(language) } ?? "—"
        let buying = status.buying.map { $0.name.text(language) } ?? "—"
        var lines = [
            DisplayLine(.plain, t("阶段：\(stage)　客户采购：\(buying)", "Stage: \(stage)   Buyer: \(buying)")),
            DisplayLine(.plain, t("时间：\(status.clock.elapsed)/\(status.clock.total) 分钟，成交窗口从第 \(status.clock.windowOpensAt) 分钟开始",
                                  "Clock: \(status.clock.elapsed)/\(status.clock.total) min; closing window from minute \(status.clock.windowOpensAt)")),
        ]
        let facts = status.known.sorted.map { "\($0.fact.name.text(language))=\(FactWording.value($0.value, of: $0.fact, language))" }
        lines.append(DisplayLine(.detail, t("已知：", "Known: ") + (facts.isEmpty ? "—" : facts.joined(separator: t("，", ", ")))))
        if let objection = status.openObjection {
            lines.append(DisplayLine(.plain, t("未解决的异议：\(objection.name.zh)", "Open objection: \(objection.name.en)")))
        }
        if let last = status.lastClassification {
            lines.append(DisplayLine(.plain, t("上次分类：\(last.name.zh)", "Last classification: \(last.name.en)")))
        }
        let points = ScoreDimension.allCases.compactMap { d in status.points[d].map { "\(d.name(language)) \($0 > 0 ? "+" : "")\($0)" } }
        lines.append(DisplayLine(.detail, t("得分：", "Points: ") + (points.isEmpty ? "—" : points.joined(separator: t("，", ", ")))))
        return lines
    }
}
