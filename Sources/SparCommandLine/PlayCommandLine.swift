import ArgumentParser

/// Everything `spar play` reads from its command line: the scenario (a file or a shipped id), the
/// shared play options, how the session starts, and an author's starting point.
public struct PlayCommandLine: ParsableArguments {
    @Argument(help: helpText(zh: "场景文件（.yaml）或自带场景的 id。", en: "A scenario file (.yaml) or a shipped scenario's id."))
    public var scenario: String

    @OptionGroup public var shared: PlayArguments

    @OptionGroup public var session: NewSessionArguments

    @Option(name: .long, help: helpText(zh: "从这个节点开始，而不是从场景的起点（供编写者测试某个分支）。", en: "Start at this node instead of the scenario's start (for authors testing a branch)."))
    public var from: String?

    @Option(name: .customLong("set"), help: helpText(zh: "开始前设定一个事实或变量：--set need=yes --set trust=2。", en: "Set a fact or variable before starting: --set need=yes --set trust=2."))
    public var assignments: [String] = []

    public init() {}
}
