import Foundation
@testable import SparKit
import Testing

/// The transcript's vocabulary is closed: every kind reads back as itself, anything else is named as an error.
@Suite struct RecordKindTests {
    private let header = #"{"type":"header","schema":1,"scenario":"mini","scenario_sha256":"x","trainee":"t","mode":"practice","lang":"zh","version":"0","started":"2026-12-03T00:00:00Z"}"#

    @Test(arguments: RecordKind.allCases)
    func everyKindReadsBack(_ kind: RecordKind) throws {
        let record = TranscriptRecord(type: kind, node: "n", input: "x", via: .text)
        let transcript = try Transcript.parse(header + "\n" + TranscriptCoding.line(record) + "\n", file: "t.jsonl").get()
        #expect(transcript.records == [record])
    }

    @Test func anUnknownRecordTypeIsALocatedError() {
        let text = header + "\n" + #"{"type":"bribe","input":"1"}"# + "\n" + #"{"type":"note","input":"/notes x"}"# + "\n"
        guard case .failure(let diagnostic) = Transcript.parse(text, file: "t.jsonl") else {
            Issue.record("an unknown record type was read")
            return
        }
        #expect(diagnostic.location.line == 2)
        #expect(diagnostic.message.contains("'bribe'"))
    }

    @Test func anUnknownAnswerViaIsAnError() {
        let text = header + "\n" + #"{"type":"turn","input":"1","via":"telepathy"}"# + "\n" + #"{"type":"note","input":"/notes x"}"# + "\n"
        #expect(throws: Diagnostic.self) { try Transcript.parse(text, file: "t.jsonl").get() }
    }
}
