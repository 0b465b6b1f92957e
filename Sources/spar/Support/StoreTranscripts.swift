import ArgumentParser
import Foundation
import SparClassroom
import SparKit

/// The transcripts in a classroom store, read for a command (`spar report --db`), each named
/// `DB#CODE/seat-N` where a file's path would be.
enum StoreTranscripts {
    static func read(db: String, classCode: String?, command: String) throws -> [(Transcript, String)] {
        do {
            let store = try ClassroomStoreOpening.open(db, mustExist: true)
            var transcripts: [(Transcript, String)] = []
            for item in try ClassroomTranscripts.items(in: store, classCode: classCode?.uppercased()) {
                let source = "\(ClassroomStoreOpening.shown(db))#\(item.classRecord.code)/seat-\(item.seat.id)"
                switch item.transcript(source: source) {
                case .success(let transcript): transcripts.append((transcript, source))
                case .failure(let diagnostic): Console.error("spar \(command): skipped \(source): \(diagnostic.message)")
                }
            }
            return transcripts
        } catch let exit as ExitCode {
            throw exit
        } catch {
            Console.error("spar \(command): \(error)")
            throw ExitCode(1)
        }
    }
}
