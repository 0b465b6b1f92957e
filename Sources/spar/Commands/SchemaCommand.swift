import ArgumentParser
import SparCommandLine
import SparKit

/// `spar schema`: the scenario format's JSON Schema, for editors (also in docs/scenario.schema.json).
struct SchemaCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "schema", abstract: helpText(zh: "打印场景文件格式的 JSON Schema（2020-12）。", en: "Print the JSON Schema (2020-12) of the scenario format."))

    func run() throws {
        Console.out(ScenarioSchema.json(), terminator: "")
    }
}
