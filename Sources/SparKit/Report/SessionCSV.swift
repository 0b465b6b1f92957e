/// The CSV export: one row per session, one column per dimension, written as sessions are read.
public enum SessionCSV {
    /// A byte-order mark first, so spreadsheet programs read the UTF-8 (Chinese names) correctly.
    public static let byteOrderMark = "\u{FEFF}"

    public static let fixedColumns = ["file", "trainee", "class", "scenario", "mode", "lang", "started", "finished",
                                      "outcome", "overall", "band", "passed", "turns", "elapsed", "mistakes"]

    public static var header: String {
        byteOrderMark + CSVField.line(fixedColumns + ScoreDimension.allCases.map(\.rawValue) + ["check", "start"])
    }

    /// Unfinished sessions have empty score cells; so has a dimension the scenario cannot score.
    /// `check` says how far the figures were checked: `replayed` or `trusted` (`--trust`), or
    /// `mid-scenario` for an author's try started with `--from`/`--set` (not counted in the report's
    /// figures), whose `start` cell gives that start; `start` is empty for every other session.
    public static func row(_ transcript: Transcript, path: String, verification: SessionVerification) -> String {
        let header = transcript.header, end = transcript.end
        let undone = UndoneRecords.indices(in: transcript.records)
        let mistakes = transcript.records.enumerated().filter { !undone.contains($0.offset) }
            .reduce(0) { $0 + ($1.element.events ?? []).filter { $0.points < 0 }.count }
        let number = { (value: Int?) in value.map(String.init) ?? "" }
        var cells = [
            CSVField.encode(path), CSVField.encode(header.trainee), CSVField.encode(header.className ?? ""),
            CSVField.encode(header.scenario), header.mode.rawValue, header.lang.rawValue, CSVField.encode(header.started),
            end == nil ? "false" : "true", end?.outcome?.rawValue ?? "", number(end?.overall), end?.band.rawValue ?? "",
            end.map { $0.passed ? "true" : "false" } ?? "",
            number(end?.turns ?? transcript.records.compactMap(\.turn).max()), number(end?.elapsed), String(mistakes),
        ]
        cells += ScoreDimension.allCases.map { number(end?.dimensions[$0.rawValue]) }
        switch verification {
        case .trusted: cells.append("trusted")
        case .startedMidScenario: cells.append("mid-scenario")
        default: cells.append("replayed")
        }
        cells.append(CSVField.encode(header.overrides?.summary ?? ""))
        return CSVField.line(cells)
    }
}
