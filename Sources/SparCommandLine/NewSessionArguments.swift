import ArgumentParser
import SparKit

/// What starting a session asks besides `PlayArguments` (`spar play` and the menu): the mode, who
/// plays, and whether to pick up an unfinished session instead.
public struct NewSessionArguments: ParsableArguments {
    /// Nil when not given: a new session is practice, and an unfinished one is offered in its own mode.
    @Option(name: .long, help: helpText(zh: "practice 练习模式（显示选项，可提示、回退；默认）或 exam 考试模式（自己输入回答，点评在最后）。", en: "practice (choices, hints, undo; the default) or exam (typed answers, feedback at the end)."))
    public var mode: SessionMode?

    @Option(name: .long, help: helpText(zh: "学员姓名，记入会谈记录。", en: "The trainee's name, recorded in the transcript."))
    public var trainee: String?

    @Option(name: [.customLong("class")], help: helpText(zh: "班级或小组，记入会谈记录。", en: "The class or group, recorded in the transcript."))
    public var className: String?

    @Flag(name: .long, inversion: .prefixedNo,
          help: helpText(zh: "不询问，直接继续这个场景、这名学员未完成的会谈（--no-resume：重新开始）。默认在终端上会询问。", en: "Resume an unfinished session of this scenario and trainee without asking (--no-resume: start anew). By default a terminal asks."))
    public var resume: Bool?

    public init() {}
}
