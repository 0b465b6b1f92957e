import Foundation
import SalesMethod
import SparClassroom
import SparKit

/// The class's report as `spar report --db … --class CODE` writes it — the HTML page or the CSV —
/// built from the store, each session checked by replaying it like a file would be.
enum ClassReportDownload {
    enum Format: String, Sendable {
        case html, csv

        var contentType: String { self == .html ? "text/html; charset=utf-8" : "text/csv; charset=utf-8" }
    }

    static func render(_ format: Format, live: LiveClass, runtime: ClassroomRuntime, language: Language?) throws -> String {
        var report = ClassReport()
        var csv = SessionCSV.header
        var verifier = SessionVerifier(best: runtime.configuration.best)
        for item in try ClassroomTranscripts.items(in: runtime.store, classCode: live.code) {
            let source = "\(live.code)/seat-\(item.seat.id)"
            guard case .success(let transcript) = item.transcript(source: source) else {
                report.skip(source, reason: "the stored transcript cannot be read")
                continue
            }
            let checked = verifier.verify(transcript, scenario: live.scenario.scenario)
            if report.add(checked.transcript, path: source, verification: checked.verification) == .counted
                || checked.verification == .startedMidScenario {
                csv += SessionCSV.row(checked.transcript, path: source, verification: checked.verification)
            }
        }
        switch format {
        case .csv: return csv
        case .html: return HTMLReport(report: report, grouping: .trainee, language: language ?? report.mainLanguage).render()
        }
    }

    /// `CODE-report.html`: what the browser saves it as.
    static func fileName(_ live: LiveClass, _ format: Format) -> String { "\(live.code)-report.\(format.rawValue)" }
}
