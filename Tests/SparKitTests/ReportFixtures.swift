import Foundation
import SparKit

/// The golden class transcripts (eight sessions of the mini scenario) and helpers to build odd files.
enum ReportFixtures {
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
    static let classFolder = packageRoot.appendingPathComponent("Tests/Fixtures/class").path
    static let miniScenario = packageRoot.appendingPathComponent("Tests/Fixtures/mini.yaml").path

    static func file(_ name: String) -> String { (classFolder as NSString).appendingPathComponent(name) }

    static func transcript(_ name: String) throws -> Transcript {
        try Transcript.read(path: file(name)).get()
    }

    /// The whole class folded into a report, the way `spar report` does it.
    static func classReport(filter: ReportFilter = ReportFilter(), paths: [String] = [classFolder]) -> ClassReport {
        var report = ClassReport(filter: filter)
        TranscriptStream.read(paths) { item in
            switch item {
            case .transcript(let transcript, let path): report.add(transcript, path: path, verification: .trusted)
            case .skipped(let file): report.skip(file.path, reason: file.reason)
            }
        }
        return report
    }

    static func temporaryFolder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("spar-report-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}
