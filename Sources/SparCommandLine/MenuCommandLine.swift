import ArgumentParser

/// Everything the menu (`spar` alone) reads from its command line: the shared play options and
/// how the chosen session starts.
public struct MenuCommandLine: ParsableArguments {
    @OptionGroup public var shared: PlayArguments

    @OptionGroup public var session: NewSessionArguments

    public init() {}
}
