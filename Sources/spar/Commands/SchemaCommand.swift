import ArgumentParser
import SparKit

/// `spar schema`: the scenario format's JSON Schema, for editors (also in docs/scenario.schema.json).
struct SchemaCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "schema", abstract: "Print the JSON Schema (2020-12) of the scenario format.")

    func run() throws {
        Console.out(ScenarioSchema.json(), terminator: "")
    }
}
