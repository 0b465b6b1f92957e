import ArgumentParser

/// Everything `spar play` reads from its command line: the scenario (a file or a shipped id), the
/// shared play options, how the session starts, and an author's starting point.
public struct PlayCommandLine: ParsableArguments {
    @Argument(help: "A scenario file (.yaml) or a shipped scenario's id.")
    public var scenario: String

    @OptionGroup public var shared: PlayArguments

    @OptionGroup public var session: NewSessionArguments

    @Option(name: .long, help: "Start at this node instead of the scenario's start (for authors testing a branch).")
    public var from: String?

    @Option(name: .customLong("set"), help: "Set a fact or variable before starting: --set need=yes --set trust=2.")
    public var assignments: [String] = []

    public init() {}
}
