import Foundation

/// `spar play` finding an unfinished session of the same scenario and trainee, and asking to go on.
extension Wording {
    /// "You have an unfinished session (started 2026-12-03 09:00:00 UTC): PATH".
    public func unfinishedSession(started: String, path: String) -> DisplayLine {
        let when = started.replacingOccurrences(of: "T", with: " ").replacingOccurrences(of: "Z", with: " UTC")
        return DisplayLine(.detail, t("你有一次未完成的会谈（\(when) 开始）：\(path)",
                                      "You have an unfinished session (started \(when)): \(path)"))
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
