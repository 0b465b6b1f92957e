import Foundation
import SalesMethod

/// The lines around play itself: the introduction, picking a session up again, leaving it.
extension Wording {
    /// Before the first customer line: the scenario, the account, who is present, the meeting, how to answer.
    public func introduction(to scenario: Scenario, mode: SessionMode) -> [DisplayLine] {
        var lines = [DisplayLine(.heading, "【\(scenario.title)】"),
                     DisplayLine(.detail, t("客户：\(scenario.account.company)", "Account: \(scenario.account.company)"))]
        if let summary = scenario.summary { lines.append(DisplayLine(.detail, summary)) }
        let later = scenario.contacts.filter { $0.joins != nil && $0.joins != scenario.start }
        let present = list(scenario.contacts.filter { contact in !later.contains { $0.id == contact.id } }.map { $0.displayName(language) })
        lines.append(DisplayLine(.detail, t("在场：\(present)", "Present: \(present)")))
        if !later.isEmpty {
            let joining = list(later.map { $0.displayName(language) })
            lines.append(DisplayLine(.detail, t("稍后加入：\(joining)", "Joining later: \(joining)")))
        }
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

    /// After the introduction, when a saved session goes on.
    public func resuming(turnsAnswered turns: Int) -> DisplayLine {
        DisplayLine(.heading, t("继续上次的会谈：已答 \(turns) 轮。", "Resuming: \(turns) turns answered so far."))
    }

    /// The prompt before each answer.
    public var prompt: String { t("你> ", "you> ") }

    /// Leaving before the end (Ctrl-D, or `/quit` when `byCommand`): the session is on disk, `spar resume` goes on.
    /// The path has a line of its own, so a narrow terminal never breaks it after a label and it copies whole.
    public func saved(path: String, byCommand: Bool = false) -> [DisplayLine] {
        let label = byCommand
            ? t("已保存，稍后用 spar resume 继续：", "Saved; spar resume picks it up again:")
            : t("已保存，稍后用 spar resume 继续：", "Saved; you can pick this up later with spar resume:")
        return [DisplayLine(.plain, label), DisplayLine(.verbatim, path)]
    }

    /// After the scorecard; the path on a line of its own.
    public func transcriptSaved(path: String) -> [DisplayLine] {
        [DisplayLine(.plain, t("记录已保存：", "Transcript saved:")), DisplayLine(.verbatim, path)]
    }

    /// After the scorecard and the saved path: where to go from here. `scenario` is what `spar play`
    /// takes to start this scenario again (a shipped scenario's id, or its file).
    public func whatNext(path: String, scenario: String, mode: SessionMode) -> [DisplayLine] {
        var lines = [DisplayLine(.blank), DisplayLine(.heading, t("接下来：", "What next:")),
                     DisplayLine(.detail, t("  整场记录和每一步的点评：", "  The whole session with feedback on every step:")),
                     DisplayLine(.verbatim, "    spar show \(Self.shellWord(path))")]
        switch mode {
        case .practice:
            lines += [DisplayLine(.detail, t("  考试模式（不显示选项，用自己的话回答）：", "  Exam mode (no choices shown; answer in your own words):")),
                      DisplayLine(.verbatim, "    spar play \(Self.shellWord(scenario)) --mode exam")]
        case .exam:
            lines += [DisplayLine(.detail, t("  练习模式（显示选项，可以提示和回退）：", "  Practice mode (choices, hints and undo):")),
                      DisplayLine(.verbatim, "    spar play \(Self.shellWord(scenario)) --mode practice")]
        }
        let again = "    spar play \(Self.shellWord(scenario))" + (mode == .exam ? " --mode exam" : "")
        lines += [DisplayLine(.detail, t("  再来一次：", "  Again:")), DisplayLine(.verbatim, again)]
        return lines
    }

    /// `word` as a shell reads it back: as it is when it needs no quoting, else in single quotes.
    static func shellWord(_ word: String) -> String {
        let plain = !word.isEmpty && word.unicodeScalars.allSatisfy {
            $0.isASCII && (CharacterSet.alphanumerics.contains($0) || "_./:@%+=,-".unicodeScalars.contains($0))
        }
        return plain ? word : "'" + word.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }
}
