import ArgumentParser
import SparCommandLine

/// `--scenarios DIR`: where the scenarios that trainees' transcripts name are kept, beside the shipped ones.
struct ScenarioFolders: ParsableArguments {
    @Option(name: .customLong("scenarios"),
            help: ArgumentHelp(helpText(zh: "场景文件夹：会谈记录所记的场景文件可能在其中，场景 id 也在这里查找（可重复给出）。",
                                         en: "A folder of scenarios: a transcript's recorded scenario file may lie in it, and its id is looked up there (repeatable)."),
                               valueName: "dir"))
    var folders: [String] = []
}
