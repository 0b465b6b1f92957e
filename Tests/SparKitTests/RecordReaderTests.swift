import Foundation
@testable import SparKit
import Testing

/// The small JSON reader a report uses for body lines must read exactly what the decoder reads,
/// and give up (so the decoder decides) on anything it does not know.
@Suite struct RecordReaderTests {
    static let folders = ["transcripts", "Tests/Fixtures/class"].map { ReportFixtures.packageRoot.appendingPathComponent($0).path }

    func bodyLines() -> [String] {
        var lines: [String] = []
        for folder in Self.folders {
            guard let files = FileManager.default.enumerator(atPath: folder) else { continue }
            for case let file as String in files where file.hasSuffix(".jsonl") {
                guard let text = try? String(contentsOfFile: folder + "/" + file, encoding: .utf8) else { continue }
                lines += text.split(separator: "\n").map(String.init).filter {
                    !$0.contains("\"type\":\"header\"") && !$0.contains("\"type\":\"end\"")
                }
            }
        }
        return lines
    }

    func read(_ line: String) -> TranscriptRecord? {
        var line = line
        return line.withUTF8 { RecordReader.record($0) }
    }

    @Test func readsEveryGoldenBodyLineAsTheDecoderDoes() throws {
        let lines = bodyLines()
        #expect(lines.count > 100)
        for line in lines {
            let decoded = try JSONDecoder().decode(TranscriptRecord.self, from: Data(line.utf8))
            let fast = try #require(read(line), "the reader gave up on \(line)")
            #expect(fast == decoded, "\(line)")
        }
    }

    @Test func givesUpOnWhatItDoesNotKnow() throws {
        let line = try #require(bodyLines().first)
        #expect(read(String(line.dropLast())) == nil)
        #expect(read(line + " x") == nil)
        #expect(read(line.replacingOccurrences(of: "{\"", with: "{\"\\u0074")) == nil)
    }
}
