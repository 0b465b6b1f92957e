import Foundation

/// `/restart` at a terminal: asked first, since it drops every answer given so far.
extension Wording {
    /// The question, Enter meaning no.
    public var restartQuestion: String {
        t("重新开始？本次已答的内容作废（笔记保留）。[y/N] ", "Start over? Every answer so far is dropped (your notes are kept). [y/N] ")
    }

    /// Anything but a yes keeps the session as it is.
    public var restartCancelled: DisplayLine { DisplayLine(.instruction, t("好的，继续本次会谈。", "Fine: carrying on.")) }

    /// Whether a reply to `restartQuestion` is a yes.
    public static func restartConfirmed(_ reply: String) -> Bool {
        ["y", "yes", "是", "好", "确定"].contains(reply.trimmingCharacters(in: .whitespaces).lowercased())
    }

    /// Whether a typed line is the `/restart` command.
    public static func isRestart(_ line: String) -> Bool {
        line.trimmingCharacters(in: .whitespaces).lowercased() == "/restart"
    }
}
