import ArgumentParser
import SparCommandLine
import SparKit

/// `spar resume [FILE]`: go on with a session that was interrupted (terminal closed, killed, Ctrl-D).
struct ResumeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "resume",
        abstract: "Go on with an unfinished session: a transcript, or the newest unfinished one.")

    @Argument(help: "An unfinished transcript (.jsonl); default: the newest in the transcripts folder.")
    var transcript: String?

    @Option(name: .long, help: "The scenario file to play on with (default: the recorded file, else the shipped id).")
    var scenario: String?

    @OptionGroup var scenarioFolders: ScenarioFolders

    /// `--out` is the folder looked in when no FILE is given.
    @OptionGroup var shared: PlayArguments

    func run() throws {
        let console = Console.automatic(noColor: shared.noColor)
        let path: String
        if let transcript {
            path = transcript
        } else {
            let folder = shared.outDirectory
            guard let newest = UnfinishedTranscripts.find(in: folder).first else {
                Console.error("spar resume: no unfinished session in \(folder)")
                throw ExitCode(1)
            }
            path = newest.path
        }
        let status = SessionResumer(console: console, scenarioOverride: scenario, language: shared.lang,
                                    scenarioFolders: scenarioFolders.folders).resume(path)
        if status != 0 { throw ExitCode(status) }
    }
}
