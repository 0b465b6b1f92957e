import ArgumentParser
import SalesMethod
import SparKit

extension SessionMode: ExpressibleByArgument {}
extension Language: ExpressibleByArgument {}

/// The options of every command that plays a session (`spar play`, the menu, `spar resume`):
/// spar's language, the transcripts folder, colour. One group, declared once.
struct PlayArguments: ParsableArguments {
    @Option(name: .long, help: "Language of spar's own text and feedback reasons: zh or en (default: the scenario's; when resuming, the session's).")
    var lang: Language?

    @Option(name: .long, help: "Folder of the transcripts (default: $XDG_DATA_HOME/spar/transcripts).")
    var out: String?

    @Flag(name: .long, help: "No colour (also when NO_COLOR is set or output is not a terminal).")
    var noColor = false

    var outDirectory: String { out ?? Paths.transcripts }
}
