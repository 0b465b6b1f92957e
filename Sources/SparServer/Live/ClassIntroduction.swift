import SalesMethod
import SparKit

/// The lines a trainee reads before the first customer turn, as local play prints them.
enum ClassIntroduction {
    static func lines(_ scenario: Scenario, language: Language, mode: SessionMode) -> [DisplayLine] {
        func t(_ zh: String, _ en: String) -> String { language == .zh ? zh : en }
        var lines = [DisplayLine(.heading, "【\(scenario.title)】")]
        lines.append(DisplayLine(.plain, t("客户：\(scenario.account.company)", "Account: \(scenario.account.company)")))
        if let summary = scenario.summary { lines.append(DisplayLine(.plain, summary)) }
        let people = scenario.contacts.map { $0.displayName(language) }.joined(separator: t("、", ", "))
        lines.append(DisplayLine(.plain, t("在场：\(people)", "Present: \(people)")))
        let meeting = scenario.meeting
        lines.append(DisplayLine(.plain, t("会谈 \(meeting.minutes) 分钟，最后 \(meeting.closingWindow) 分钟为成交窗口。",
                                           "Meeting: \(meeting.minutes) minutes; the last \(meeting.closingWindow) are the closing window.")))
        if mode == .exam {
            lines.append(DisplayLine(.warning, t("考试模式：不显示选项，不能提示或回退，点评在最后。",
                                                 "Exam mode: no choices shown, no hints or undo; feedback at the end.")))
            lines.append(DisplayLine(.instruction, t("用自己的话回答客户；/help 查看命令。", "Answer the customer in your own words; /help lists commands.")))
        } else {
            lines.append(DisplayLine(.instruction, t("输入编号或自己的话回答；/help 查看命令。", "Answer by number or in your own words; /help lists commands.")))
        }
        return lines
    }
}
