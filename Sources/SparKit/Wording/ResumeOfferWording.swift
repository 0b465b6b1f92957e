import Foundation

/// `spar play` finding an unfinished session of the same scenario and trainee, and asking to go on.
extension Wording {
    /// "You have an unfinished exam session of “Valve retrofit” (started 2026-12-03 09:00:00 UTC):",
    /// then its path on a line of its own (a narrow terminal never breaks it after the text).
    public func unfinishedSession(title: String, mode: SessionMode, started: String, path: String) -> [DisplayLine] {
        let when = Self.readable(started)
        return [DisplayLine(.detail, t("你有一次未完成的\(modeName(mode))会谈「\(title)」（\(when) 开始）：",
                                       "You have an unfinished \(modeName(mode)) session of “\(title)” (started \(when)):")),
                DisplayLine(.verbatim, path)]
    }

    /// An unfinished session in another mode than the one asked for is kept, not resumed; the
    /// command that goes on with it has a line of its own.
    public func unfinishedSessionKept(mode: SessionMode, requested: SessionMode, path: String) -> [DisplayLine] {
        [DisplayLine(.detail, t("你有一次未完成的\(modeName(mode))会谈，保留不动；现在开始新的\(modeName(requested))会谈。要继续那一次：",
                                "You have an unfinished \(modeName(mode)) session, kept as it is; starting a new \(modeName(requested)) session. To go on with that one:")),
         DisplayLine(.verbatim, "  spar resume " + Self.shellWord(path))]
    }

    /// "practice" / "exam", as a trainee reads it.
    public func modeName(_ mode: SessionMode) -> String {
        switch mode {
        case .practice: t("练习模式", "practice")
        case .exam: t("考试模式", "exam")
        }
    }

    private static func readable(_ started: String) -> String {
        started.replacingOccurrences(of: "T", with: " ").replacingOccurrences(of: "Z", with: " UTC")
    }

    /// The question, Enter meaning yes.
    public var resumeQuestion: String { t("继续上次的会谈？[Y/n] ", "Resume it? [Y/n] ") }

    /// What a reply to `resumeQuestion` means: true, false, or nil when it is neither.
    public static func resumeAnswer(_ reply: String) -> Bool? {
        switch reply.trimmingCharacters(in: .whitespaces).lowercased() {
        case "", "y", "yes", "是", "好": true
        case "n", "no", "否", "不": false
        default: nil
        }
    }
}
