import ArgumentParser
import Foundation
import SparKit

/// `spar cmi5 package SCENARIO… --server URL --out course.zip`: a cmi5 course an LMS imports,
/// whose units it launches on a `spar serve --cmi5`.
struct Cmi5Command: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "cmi5",
        abstract: "Package scenarios as a cmi5 course for an LMS.",
        subcommands: [Cmi5PackageCommand.self])
}

struct Cmi5PackageCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "package",
        abstract: "Write a cmi5 course (cmi5.xml, zipped): one assignable unit per scenario, mastered at its pass mark.",
        discussion: """
            The LMS launches each unit at SERVER/cmi5/launch/SCENARIO; run `spar serve SCENARIO… --cmi5` there. \
            --out ending in .xml writes cmi5.xml alone. See docs/lms.md.
            """)

    @Argument(help: "Scenarios (files or shipped ids), one unit each.")
    var scenarios: [String]

    @Option(name: .long, help: "The spar server's address as the learners' browsers reach it (e.g. https://spar.example.com:8080).")
    var server: String

    @Option(name: .long, help: "The course file to write: course.zip, or cmi5.xml.")
    var out: String

    @Option(name: .long, help: "The course's title in the LMS.")
    var title = "spar sales role-plays"

    @Option(name: .long, help: "practice or exam: how the units are played.")
    var mode: SessionMode = .exam

    func validate() throws {
        if scenarios.isEmpty { throw ValidationError("name at least one scenario") }
        guard let components = URLComponents(string: server), let scheme = components.scheme?.lowercased(),
              scheme == "http" || scheme == "https", components.host?.isEmpty == false,
              components.query == nil, components.fragment == nil else {
            throw ValidationError("--server is the spar server's http:// or https:// address, not '\(server)'")
        }
    }

    func run() throws {
        let console = Console.automatic(noColor: false)
        var loaded: [Scenario] = []
        for reference in scenarios {
            let scenario = try loadScenario(reference, style: console.style)
            if loaded.contains(where: { $0.id == scenario.id }) {
                Console.error("spar cmi5 package: the scenario id '\(scenario.id)' is given twice; a course holds one unit per scenario")
                throw ExitCode(1)
            }
            loaded.append(scenario)
        }
        let structure = Cmi5CourseStructure(title: VisibleText.cleaned(title), server: server, mode: mode, scenarios: loaded)
        let xml = Data(structure.xml.utf8)
        let contents: Data
        if out.lowercased().hasSuffix(".xml") {
            contents = xml
        } else {
            var zip = ZipArchive()
            zip.add("cmi5.xml", xml)
            contents = zip.data
        }
        do {
            try contents.write(to: URL(fileURLWithPath: out), options: .atomic)
        } catch {
            Console.error("spar cmi5 package: \(WriteFailure(path: out, error: error))")
            throw ExitCode(1)
        }
        Console.error("spar cmi5 package: \(loaded.count) unit\(loaded.count == 1 ? "" : "s") written to \(VisibleText.visible(out)); "
                      + "the LMS launches them on \(server) (spar serve \(loaded.map(\.id).joined(separator: " ")) --cmi5)")
    }
}
