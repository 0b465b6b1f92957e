import ArgumentParser
import SparCommandLine
import SparKit

/// `spar resume [FILE]`: go on with a session that was interrupted (terminal closed, killed, Ctrl-D).
struct ResumeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "resume",
        abstract: helpText(zh: "继续一场未完成的会谈：给出的会谈记录，或最新一份未完成的记录。", en: "Go on with an unfinished session: a transcript, or the newest unfinished one."))

    @Argument(help: helpText(zh: "未完成的会谈记录（.jsonl；默认：记录文件夹中最新的一份）。", en: "An unfinished transcript (.jsonl; default: the newest in the transcripts folder)."))
    var transcript: String?

    @Option(name: .long, help: helpText(zh: "继续时使用的场景文件（默认：记录中的场景文件，找不到时用同 id 的自带场景）。", en: "The scenario file to play on with (default: the recorded file, else the shipped id)."))
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
