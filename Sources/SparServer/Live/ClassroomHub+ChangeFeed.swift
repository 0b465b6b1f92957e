import SparClassroom

/// Several servers on one store: each follows the store's change feed, so a class opened, a seat
/// taken, a setting changed or an answer made through another server shows here too — on the
/// trainer's roster and to whatever else subscribes to the hub's changes.
extension ClassroomHub {
    /// Starts following `feed`; the task runs until the feed ends.
    func follow(_ feed: any ClassroomChangeFeed) -> Task<Void, Never> {
        let stream = feed.changes()
        return Task { [weak self] in
            for await change in stream {
                guard let self else { return }
                await self.apply(change)
                self.publish(change)
            }
        }
    }

    func apply(_ change: ClassroomChange) async {
        switch change {
        case .listening:
            return
        case .classOpened(let code):
            _ = await liveOrStoredClass(code)
        case .settingsChanged(let code):
            guard let live = liveClass(code),
                  let record = try? await runtime.blocking({ try $0.classRecord(code: code) }) else { return }
            let (old, new) = live.update { $0 = record.settings }
            if old != new {
                for seat in live.seats { await seat.settingsChanged(from: old, to: new) }
            }
        case .seatJoined(let code, let seatID):
            guard let live = await liveOrStoredClass(code), live.seat(id: seatID) == nil else { return }
            await adoptStoredSeats(live)
        case .seatKicked(let code, let seatID):
            guard let live = liveClass(code), let seat = live.seat(id: seatID),
                  let stored = try? await runtime.blocking({ try $0.seats(classCode: code) }).first(where: { $0.id == seatID }) else { return }
            if await seat.isKicked != stored.kicked { await seat.setKicked(stored.kicked) }
        case .answered(let code, let seatID, let sequence):
            guard let live = await liveOrStoredClass(code) else { return }
            if live.seat(id: seatID) == nil { await adoptStoredSeats(live) }
            await live.seat(id: seatID)?.answeredElsewhere(sequence)
        }
    }

    /// Seats of `live` taken through another server, added here.
    private func adoptStoredSeats(_ live: LiveClass) async {
        guard let stored = try? await runtime.blocking({ [code = live.code] in try $0.seats(classCode: code) }) else { return }
        for seat in stored where live.seat(id: seat.id) == nil {
            live.adopt(LiveSeat(record: seat, liveClass: live, runtime: runtime), secretHash: seat.secretHash)
        }
    }
}
