import Foundation

/// Copies every class, seat and transcript from one store into another (a class moving from a
/// laptop's SQLite file to a shared PostgreSQL database, or a backup back). Seats keep their
/// secrets' hashes, so trainees go on with `spar join` against the new store; seat numbers are
/// the new store's own. A class whose code is already in the target is left out, not merged.
public enum ClassroomStoreCopy {
    public struct Counts: Sendable, Hashable {
        public var classes = 0
        public var seats = 0
        public var entries = 0
        /// Codes already in the target, not copied.
        public var skipped: [String] = []
    }

    @discardableResult
    public static func copy(from source: any ClassroomStore, to target: any ClassroomStore, classCode: String? = nil) throws -> Counts {
        var counts = Counts()
        let classes: [ClassRecord]
        if let classCode {
            guard let record = try source.classRecord(code: classCode) else { throw ClassroomStoreError.unknownClass(classCode) }
            classes = [record]
        } else {
            classes = try source.allClasses()
        }
        for record in classes {
            if try target.classRecord(code: record.code) != nil {
                counts.skipped.append(record.code)
                continue
            }
            try target.insertClass(record)
            counts.classes += 1
            for seat in try source.seats(classCode: record.code) {
                let copied = try target.insertSeat(classCode: record.code, trainee: seat.trainee, secretHash: seat.secretHash, joined: seat.joined)
                if seat.kicked { try target.setKicked(seatID: copied.id, true) }
                let lines = try source.entries(seatID: seat.id)
                if !lines.isEmpty || seat.appliedSequence > 0 {
                    try target.appendEntries(seatID: copied.id, lines: lines, sequence: seat.appliedSequence > 0 ? seat.appliedSequence : nil)
                }
                counts.seats += 1
                counts.entries += lines.count
            }
        }
        return counts
    }
}
