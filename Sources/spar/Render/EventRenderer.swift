import SalesMethod
import SparKit
import SparTerminal

/// Turns session events into text. All wording the trainee sees outside the scenario lives here and in `Notice`.
struct EventRenderer {
    let console: Console
    let language: Language
    let mode: SessionMode
    var style: Style { console.style }

    func t(_ zh: String, _ en: String) -> String { language == .zh ? zh : en }

    func render(_ events: [SessionEvent]) {
        for event in events { render(event) }
        console.flush()
    }

    func render(_ event: SessionEvent) {
        switch event {
        case .stageChanged(let stage):
            console.line()
            console.line(style.bold(style.cyan("══ " + t("进入\(stage.name.zh)", "Stage: \(stage.name.en)") + " ══")))
        case .customerSays(let speaker, let line):
            console.line()
            let who = speaker?.displayName(language) ?? t("客户", "Customer")
            console.wrapped(line, indent: "  ", firstIndent: style.bold(who) + t("：", ": "))
        case .cue(let cue):
            console.wrapped(style.italic(style.gray(t("（\(cue)）", "(\(cue))"))), indent: "  ", firstIndent: "  ")
        case .clock(let clock):
            var text = t("⏱ \(clock.elapsed)/\(clock.total) 分钟", "⏱ \(clock.elapsed)/\(clock.total) min")
            if clock.inWindow {
                text += t(" · 成交窗口（剩 \(clock.remaining) 分钟）", " · closing window (\(clock.remaining) min left)")
                console.line(style.yellow(text))
            } else {
                console.line(style.gray(text))
            }
        case .choices(let choices):
            for choice in choices {
                console.wrapped(choice.say, indent: "     ", firstIndent: "  " + style.bold("\(choice.number))") + " ")
            }
        case .awaitingAnswer:
            console.line(style.gray(t("（考试模式：请用自己的话回答）", "(exam: answer in your own words)")))
        case .askClassify:
            console.line()
            console.line(style.bold(style.magenta(t("【检查点】请判断这个客户的类别（A/B/C/D 或 未知），并说明理由。",
                                                    "[Checkpoint] Classify this account (A/B/C/D or unknown) and give your reasons."))))
            console.line(style.gray(t("例如：B 第二KP 有需求 有购买能力 认可产品价值", "e.g. B second KP, has a need, can pay, sees value")))
        case .askMap(let contact):
            console.line(style.bold(style.magenta(t("【检查点】\(contact.displayName(.zh))：角色、态度、沟通类型？（skip 跳过）",
                                                    "[Checkpoint] \(contact.displayName(.en)): role, attitude, style? (skip to pass)"))))
        case .answered(let choice, _):
            console.wrapped(choice.say, indent: "    ", firstIndent: style.blue(t("你：", "You: ")))
        case .whichDidYouMean(let choices):
            // "您是指 1) … 还是 2) …？": one question, as the customer would ask it.
            let ending = Set("。！？.!?；;，,")
            let options = choices.map { "\($0.number)) " + String($0.say.reversed().drop { ending.contains($0) }.reversed()) }
            let listed = options.count > 1
                ? options.dropLast().joined(separator: t("、", ", ")) + t(" 还是 ", " or ") + options.last!
                : options.joined()
            console.wrapped(t("您是指 \(listed)？", "Did you mean \(listed)?"), indent: "  ", firstIndent: "")
            console.line(style.gray(t("请输入编号，回答“是/不是”，或换个说法。", "Type the number, answer yes or no, or say it another way.")))
        case .notUnderstood:
            console.line(style.yellow(t("（客户一脸疑惑，似乎没明白你的意思。换个说法试试。）",
                                        "(The customer looks puzzled. Try saying it another way.)")))
        case .feedback(let text):
            console.wrapped(text, indent: "    ", firstIndent: style.cyan(t("点评：", "Coach: ")))
        case .score(let event):
            console.wrapped(event.reason, indent: "      ", firstIndent: "  " + points(event) + " ")
        case .classified(let given, let reasons, let expected, let scored):
            let reasonText = reasons.map { $0.name.text(language) }.joined(separator: t("、", ", "))
            console.line(t("你的判断：\(given.name.zh)", "Your call: \(given.name.en)")
                         + (reasonText.isEmpty ? "" : t("（\(reasonText)）", " (\(reasonText))")))
            if !scored || mode == .practice {
                let holds = expected.holds.map { $0.name.text(language) }.joined(separator: t("、", ", "))
                var line = t("按已知事实：\(expected.customerClass.name.zh)", "On the known facts: \(expected.customerClass.name.en)")
                if !holds.isEmpty { line += t("（\(holds)）", " (\(holds))") }
                if !expected.pending.isEmpty {
                    line += t("；尚未弄清：", "; still unknown: ") + expected.pending.map { $0.name.text(language) }.joined(separator: t("、", ", "))
                }
                console.wrapped(line, indent: "  ")
            }
        case .mapped(let contact, let mapping):
            let parts = [mapping.role?.name.text(language), mapping.attitude?.name.text(language), mapping.style?.name.text(language)]
                .compactMap { $0 }.joined(separator: " / ")
            console.line(t("已记录：\(contact.name) — \(parts)", "Noted: \(contact.name) — \(parts)"))
        case .status(let status):
            renderStatus(status)
        case .hint(let lines):
            for line in lines { console.wrapped(line, indent: "    ", firstIndent: style.cyan(t("提示：", "Hint: "))) }
        case .notes(let notes):
            if notes.isEmpty { console.line(t("还没有笔记。用 /notes 文本 记录。", "No notes yet. /notes TEXT adds one.")) }
            for (i, note) in notes.enumerated() { console.wrapped(note, indent: "    ", firstIndent: "  \(i + 1). ") }
        case .help(let commands):
            let width = commands.map { DisplayWidth.of($0.command) }.max() ?? 8
            for command in commands {
                console.line("  " + style.bold(Pad.right(command.command, toWidth: width)) + "  " + command.summary)
            }
            console.line(style.gray(mode == .exam
                ? t("考试模式：用自己的话回答客户（不显示选项）。Ctrl-C 清空本行，Ctrl-D 保存并离开。",
                    "Exam: type what you would say to the customer, in your own words (no choices are shown). Ctrl-C clears the line, Ctrl-D saves and leaves.")
                : t("输入编号选择回答，或直接用自己的话回答。Ctrl-C 清空本行，Ctrl-D 保存并离开。",
                    "Type a number to pick an answer, or answer in your own words. Ctrl-C clears the line, Ctrl-D saves and leaves.")))
        case .notice(let notice):
            console.wrapped(style.yellow(notice.text(language)))
        case .ended(let ending):
            console.line()
            console.line(style.bold("═══ " + t("会谈结束：", "Meeting over: ") + ending.outcome.name(language) + " ═══"))
            if let text = ending.text { console.wrapped(text, indent: "  ") }
            for adjustment in ending.adjustments { console.wrapped(style.yellow(adjustment), indent: "  ", firstIndent: "  ") }
        case .quit:
            break
        }
    }

    func points(_ event: ScoreEvent) -> String {
        let text = (event.points > 0 ? "+" : "") + "\(event.points) " + event.dimension.name(language)
        return event.points > 0 ? style.green(text) : (event.points < 0 ? style.red(text) : text)
    }

    func renderStatus(_ status: SessionStatus) {
        let stage = status.stage.map { $0.name.text(language) } ?? "—"
        let buying = status.buying.map { $0.name.text(language) } ?? "—"
        console.line(t("阶段：\(stage)　客户采购：\(buying)", "Stage: \(stage)   Buyer: \(buying)"))
        console.line(t("时间：\(status.clock.elapsed)/\(status.clock.total) 分钟，成交窗口从第 \(status.clock.windowOpensAt) 分钟开始",
                       "Clock: \(status.clock.elapsed)/\(status.clock.total) min; closing window from minute \(status.clock.windowOpensAt)"))
        let facts = status.known.sorted.map { "\($0.fact.name.text(language))=\(FactWording.value($0.value, of: $0.fact, language))" }
        console.wrapped(t("已知：", "Known: ") + (facts.isEmpty ? "—" : facts.joined(separator: t("，", ", "))), indent: "  ")
        if let objection = status.openObjection {
            console.line(t("未解决的异议：\(objection.name.zh)", "Open objection: \(objection.name.en)"))
        }
        if let last = status.lastClassification {
            console.line(t("上次分类：\(last.name.zh)", "Last classification: \(last.name.en)"))
        }
        let points = ScoreDimension.allCases.compactMap { d in status.points[d].map { "\(d.name(language)) \($0 > 0 ? "+" : "")\($0)" } }
        console.wrapped(t("得分：", "Points: ") + (points.isEmpty ? "—" : points.joined(separator: t("，", ", "))), indent: "  ")
    }
}
