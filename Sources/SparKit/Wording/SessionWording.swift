import SalesMethod

/// Session events worded for a trainee: what local play prints and a classroom server sends.
public enum SessionWording {
    public static func lines(for events: [SessionEvent], language: Language, mode: SessionMode) -> [DisplayLine] {
        func t(_ zh: String, _ en: String) -> String { language == .zh ? zh : en }
        var lines: [DisplayLine] = []
        for event in events {
            switch event {
            case .stageChanged(let stage):
                lines += [DisplayLine(.blank), DisplayLine(.stageBanner, t("进入\(stage.name.zh)", "Stage: \(stage.name.en)"))]
            case .customerSays(let speaker, let line):
                lines += [DisplayLine(.blank), DisplayLine(.speech, label: speaker?.displayName(language) ?? t("客户", "Customer"), line)]
            case .cue(let cue): lines.append(DisplayLine(.cue, cue))
            case .clock(let clock):
                lines.append(DisplayLine(clock.inWindow ? .clockWindow : .clock, "\(clock.elapsed)/\(clock.total)"))
            case .choices(let choices):
                lines += choices.map { DisplayLine(.choice, label: "\($0.number))", $0.say) }
            case .awaitingAnswer:
                lines.append(DisplayLine(.instruction, t("（考试模式：请用自己的话回答）", "(exam: answer in your own words)")))
            case .answered(let choice, _): lines.append(DisplayLine(.answer, label: t("你：", "You: "), choice.say))
            case .feedback(let text): lines.append(DisplayLine(.coach, label: t("点评：", "Coach: "), text))
            case .score(let score):
                let role: DisplayLine.Role = score.points > 0 ? .scoreGain : score.points < 0 ? .scoreLoss : .scoreNeutral
                lines.append(DisplayLine(role, label: "\(score.points > 0 ? "+" : "")\(score.points) \(score.dimension.name(language))", score.reason))
            case .notice(let notice): lines.append(DisplayLine(.warning, notice.text(language)))
            case .ended(let ending):
                lines += [DisplayLine(.blank), DisplayLine(.ending, ending.outcome.name(language))]
                if let text = ending.text { lines.append(DisplayLine(.plain, text)) }
                lines += ending.adjustments.map { DisplayLine(.adjustment, $0) }
            case .askClassify:
                lines.append(DisplayLine(.checkpoint, t("【检查点】请判断这个客户的类别（A/B/C/D 或 未知），并说明理由。",
                                                        "[Checkpoint] Classify this account (A/B/C/D or unknown) and give your reasons.")))
            case .askMap(let contact):
                lines.append(DisplayLine(.checkpoint, t("【检查点】\(contact.displayName(.zh))：角色、态度、沟通类型？（skip 跳过）",
                                                        "[Checkpoint] \(contact.displayName(.en)): role, attitude, style? (skip to pass)")))
            case .whichDidYouMean(let choices):
                lines.append(DisplayLine(.question, t("您是指", "Did you mean")))
                lines += choices.map { DisplayLine(.choice, label: "\($0.number))", $0.say) }
            case .notUnderstood:
                lines.append(DisplayLine(.warning, t("（客户一脸疑惑，似乎没明白你的意思。换个说法试试。）",
                                                     "(The customer looks puzzled. Try saying it another way.)")))
            case .classified(let given, _, _, _):
                lines.append(DisplayLine(.plain, t("你的判断：\(given.name.zh)", "Your call: \(given.name.en)")))
            case .mapped(let contact, _):
                lines.append(DisplayLine(.plain, t("已记录：\(contact.name)", "Noted: \(contact.name)")))
            case .hint(let hints): lines += hints.map { DisplayLine(.coach, label: t("提示：", "Hint: "), $0) }
            case .notes(let notes): lines += notes.enumerated().map { DisplayLine(.entry, label: "\($0.offset + 1).", $0.element) }
            case .help(let commands): lines += commands.map { DisplayLine(.entry, label: $0.command, $0.summary) }
            case .status(let status):
                lines.append(DisplayLine(.plain, "\(status.clock.elapsed)/\(status.clock.total)"))
            case .quit:
                break
            }
        }
        return lines
    }
}
