import ArgumentParser
import SalesMethod

/// The options of every command that plays a session (`spar play`, the menu, `spar resume`):
/// spar's language, the transcripts folder, colour. One group, declared once.
public struct PlayArguments: ParsableArguments {
    @Option(name: .long, help: "Language of spar's own text and feedback reasons: zh or en (default: the scenario's; when resuming, the session's).")
    public var lang: Language?

    @Option(name: .long, help: "Folder of the transcripts (default: $XDG_DATA_HOME/spar/transcripts).")
    public var out: String?

    @Flag(name: .long, help: "No colour (also when NO_COLOR is set or output is not a terminal).")
    public var noColor = false

    public init() {}
}
