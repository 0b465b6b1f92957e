import ArgumentParser
import Foundation
import SparCommandLine
import SparKit

/// `spar cmi5 package SCENARIO… --server URL --out course.zip`: a cmi5 course an LMS imports,
/// whose units it launches on a `spar serve --cmi5`.
struct Cmi5Command: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "cmi5",
        abstract: helpText(zh: "把场景打包成 cmi5 课程，供学习管理系统（LMS）使用。", en: "Package scenarios as a cmi5 course for an LMS."),
        subcommands: [Cmi5PackageCommand.self])
}

struct Cmi5PackageCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "package",
        abstract: helpText(zh: "生成 cmi5 课程包（压缩的 cmi5.xml）：每个场景一个可布置的单元，达到及格线即为掌握。", en: "Write a cmi5 course (cmi5.xml, zipped): one assignable unit per scenario, mastered at its pass mark."),
        discussion: helpText(zh: """
            LMS 在 SERVER/cmi5/launch/SCENARIO 启动每个单元；请在该服务器上运行 `spar serve SCENARIO… --cmi5`。\
            --out 以 .xml 结尾时只写 cmi5.xml。
            """, en: """
            The LMS launches each unit at SERVER/cmi5/launch/SCENARIO; run `spar serve SCENARIO… --cmi5` there. \
            --out ending in .xml writes cmi5.xml alone.
            """))

    @Argument(help: helpText(zh: "场景（文件或自带场景的 id），每个场景一个单元。", en: "Scenarios (files or shipped ids), one unit each."))
    var scenarios: [String]

    @Option(name: .long, help: helpText(zh: "学员的浏览器访问 spar 服务器所用的地址（例如 https://spar.example.com:8080）。", en: "The spar server's address as the learners' browsers reach it (e.g. https://spar.example.com:8080)."))
    var server: String

    @Option(name: .long, help: helpText(zh: "要写的课程文件：course.zip 或 cmi5.xml。", en: "The course file to write: course.zip, or cmi5.xml."))
    var out: String

    @Option(name: .long, help: helpText(zh: "课程在 LMS 中的标题。", en: "The course's title in the LMS."))
    var title = "spar sales role-plays"

    @Option(name: .long, help: helpText(zh: "单元的练习方式：practice 练习模式或 exam 考试模式。", en: "practice or exam: how the units are played."))
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
