import ArgumentParser

/// `--scenarios DIR`: where the scenarios that trainees' transcripts name are kept, beside the shipped ones.
struct ScenarioFolders: ParsableArguments {
    @Option(name: .customLong("scenarios"),
            help: ArgumentHelp("A folder of scenarios: a transcript's recorded scenario file may lie in it, and its id is looked up there (repeatable).",
                               valueName: "dir"))
    var folders: [String] = []
}
