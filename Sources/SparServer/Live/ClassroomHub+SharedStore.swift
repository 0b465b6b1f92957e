import SparClassroom

/// Several servers on one database: a class opened, or a seat taken, through another server is
/// found in the store when a trainee asks for it here, and its session goes on from the stored
/// records (the same rebuild as after a restart).
extension ClassroomHub {
    func liveOrStoredClass(_ code: String) async -> LiveClass? {
        if let live = liveClass(code) { return live }
        do {
            guard let record = try await runtime.blocking({ try $0.classRecord(code: code) }) else { return nil }
            let live = try await runtime.workers.runIfActive { try self.addStored(record) }
            logger.info("class \(code): served here too, from the store")
            return live
        } catch {
            logger.error("class \(code) is in the store but cannot be served here: \(error)")
            return nil
        }
    }

    func liveOrStoredSeat(_ live: LiveClass, secretHash: String) async -> LiveSeat? {
        if let seat = live.seat(secretHash: secretHash) { return seat }
        let stored: SeatRecord?
        do {
            stored = try await runtime.blocking { try $0.seat(secretHash: secretHash) }
        } catch {
            logger.error("class \(live.code): the store could not be asked for a seat: \(error)")
            return nil
        }
        guard let stored, stored.classCode == live.code else { return nil }
        let seat = live.adopt(LiveSeat(record: stored, liveClass: live, runtime: runtime), secretHash: secretHash)
        logger.info("class \(live.code): seat \(stored.id) (\(stored.trainee)) taken up here from the store")
        return seat
    }
}
