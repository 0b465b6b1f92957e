import Foundation
import SparKit

/// A seat's xAPI statements as `spar export --xapi` makes them from the transcript `spar class
/// export` writes for the seat: the same file name, so the same statement ids whichever way they
/// reach a learning record store.
public enum SeatStatements {
    /// The statements of the seat's stored transcript so far, and how many lines it has.
    public static func statements(in store: any ClassroomStore, classCode: String, seatID: Int64) throws -> (statements: [XAPIStatement], entries: Int) {
        guard let record = try store.classRecord(code: classCode) else { throw ClassroomStoreError.unknownClass(classCode) }
        guard let seat = try store.seats(classCode: classCode).first(where: { $0.id == seatID }) else {
            throw ClassroomStoreError.unknownSeat(seatID)
        }
        let item = ClassroomTranscripts.Item(classRecord: record, seat: seat, lines: try store.entries(seatID: seatID))
        guard !item.lines.isEmpty else { return ([], 0) }
        switch item.transcript(source: item.fileName) {
        case .success(let transcript): return (XAPIExport.statements(for: transcript, path: item.fileName), item.lines.count)
        case .failure(let diagnostic): throw SeatSession.Failure.unreadable(diagnostic.message)
        }
    }

    /// A statement as the outbox keeps it: compact JSON, keys sorted.
    public static func queued(_ statement: XAPIStatement) -> QueuedStatement {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let json = (try? encoder.encode(statement)).map { String(decoding: $0, as: UTF8.self) } ?? "{}"
        return QueuedStatement(id: statement.id, json: json)
    }
}
