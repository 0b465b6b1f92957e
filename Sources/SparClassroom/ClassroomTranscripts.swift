import Foundation
import SparKit

/// The seats' transcripts read out of the store as the standard JSON Lines files `spar replay`,
/// `show`, `report` and `export --xapi` read.
public enum ClassroomTranscripts {
    public struct Item: Sendable {
        public var classRecord: ClassRecord
        public var seat: SeatRecord
        public var lines: [String]

        /// `CODE-SEAT-trainee-scenario-time.jsonl`: unique per seat, sorted by class then seat.
        public var fileName: String {
            "\(classRecord.code)-\(seat.id)-" + TranscriptWriter.fileName(trainee: seat.trainee, scenario: classRecord.scenarioID, date: seat.joined)
        }

        public var text: String { lines.joined(separator: "\n") + "\n" }

        public func transcript(source: String) -> Result<Transcript, Diagnostic> { Transcript.parse(text, file: source) }
    }

    /// Every seat with a transcript, of one class or of all.
    public static func items(in store: any ClassroomStore, classCode: String? = nil) throws -> [Item] {
        let classes: [ClassRecord]
        if let classCode {
            guard let record = try store.classRecord(code: classCode) else { throw ClassroomStoreError.unknownClass(classCode) }
            classes = [record]
        } else {
            classes = try store.allClasses()
        }
        var items: [Item] = []
        for record in classes {
            for seat in try store.seats(classCode: record.code) {
                let lines = try store.entries(seatID: seat.id)
                if !lines.isEmpty { items.append(Item(classRecord: record, seat: seat, lines: lines)) }
            }
        }
        return items
    }

    /// Writes each transcript into `directory`. Returns the files written.
    @discardableResult
    public static func export(from store: any ClassroomStore, classCode: String? = nil, to directory: String) throws -> [String] {
        do {
            try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        } catch {
            throw WriteFailure(path: directory, error: error)
        }
        var written: [String] = []
        for item in try items(in: store, classCode: classCode) {
            let path = (directory as NSString).appendingPathComponent(item.fileName)
            do {
                try Data(item.text.utf8).write(to: URL(fileURLWithPath: path), options: .atomic)
            } catch {
                throw WriteFailure(path: path, error: error)
            }
            written.append(path)
        }
        return written
    }
}
