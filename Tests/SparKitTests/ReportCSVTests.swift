import Foundation
import SparKit
import Testing

/// CSV for spreadsheets: one row per session, one column per dimension.
@Suite struct ReportCSVTests {
    @Test func headerHasOneColumnPerDimensionAfterABOM() {
        let header = SessionCSV.header
        #expect(header.hasPrefix("\u{FEFF}file,trainee,class,scenario,"))
        #expect(header.hasSuffix("stage,classification,people,discovery,objection,closing,rapport,check,start\r\n"))
    }

    @Test func aFinishedSessionFillsEveryColumn() throws {
        let path = ReportFixtures.file("2026-11-02T09-20-00_李四_mini.jsonl")
        let row = SessionCSV.row(try ReportFixtures.transcript("2026-11-02T09-20-00_李四_mini.jsonl"), path: path, verification: .replayed(scenarioChanged: false))
        let cells = row.replacingOccurrences(of: "\r\n", with: "").split(separator: ",", omittingEmptySubsequences: false).map(String.init)
        #expect(cells.count == SessionCSV.fixedColumns.count + ScoreDimension.allCases.count + 2)
        #expect(Array(cells.suffix(2)) == ["replayed", ""])
        #expect(cells[1] == "李四")
        #expect(cells[2] == "华东一班")
        #expect(cells[7] == "true")
        #expect(cells[8] == "follow_up")
        #expect(cells[9] == "48")
        #expect(cells[11] == "false")
        #expect(cells[14] == "3")  // three mistakes in that session
        #expect(Array(cells.dropLast(2).suffix(7)) == ["100", "100", "0", "33", "100", "0", "0"])
    }

    @Test func anUnfinishedSessionLeavesScoresEmpty() throws {
        let row = SessionCSV.row(try ReportFixtures.transcript("2026-11-16T10-30-00_赵六_mini.jsonl"), path: "x.jsonl", verification: .trusted)
        let cells = row.replacingOccurrences(of: "\r\n", with: "").split(separator: ",", omittingEmptySubsequences: false).map(String.init)
        #expect(cells[7] == "false")
        #expect(cells[9] == "")
        #expect(cells.dropLast(2).suffix(7).allSatisfy { $0.isEmpty })
        #expect(Array(cells.suffix(2)) == ["trusted", ""])
    }

    @Test func cellsAreQuotedAndFormulasDefused() {
        #expect(CSVField.encode("王, 总") == "\"王, 总\"")
        #expect(CSVField.encode("say \"hi\"") == "\"say \"\"hi\"\"\"")
        #expect(CSVField.encode("=HYPERLINK(1)") == "'=HYPERLINK(1)")
        #expect(CSVField.encode("-3", isNumber: true) == "-3")
        // A line break is shown, so a name or typed text cannot start a row even where quoting is ignored.
        #expect(CSVField.encode("two\nlines") == "two␊lines")
        #expect(CSVField.encode("eve\u{1B}]0;x\u{07}, b") == "\"eve␛]0;x␇, b\"")
    }
}
