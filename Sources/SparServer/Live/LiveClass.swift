import Foundation
import SalesMethod
import SparClassroom
import SparKit

/// A class while the server runs: its stored record, its scenario built once, the trainer's
/// settings and the seats. Settings are read by every seat on every answer, so they sit behind a
/// lock rather than an actor hop.
final class LiveClass: @unchecked Sendable {
    let record: ClassRecord
    let scenario: ClassScenario
    /// The stage trainees may play in before the trainer releases any (paced by stage).
    let firstStage: LifecycleStage
    /// What the trainer's dashboard follows: every change, each seat's last answer.
    let activity: ClassActivity
    private let lock = NSLock()
    private var currentSettings: ClassSettings
    private var seatsByID: [Int64: LiveSeat] = [:]
    private var seatsBySecretHash: [String: LiveSeat] = [:]

    init(record: ClassRecord, scenario: ClassScenario) {
        self.record = record
        self.scenario = scenario
        currentSettings = record.settings
        activity = ClassActivity(mode: record.mode)
        let start = scenario.scenario.node(scenario.scenario.start)
        firstStage = start?.stage ?? scenario.scenario.nodes.lazy.compactMap(\.stage).first ?? .stranger
    }

    var code: String { record.code }

    var settings: ClassSettings { lock.withLock { currentSettings } }

    /// Applies `change` and returns the settings before and after it.
    func update(_ change: (inout ClassSettings) -> Void) -> (old: ClassSettings, new: ClassSettings) {
        lock.withLock {
            let old = currentSettings
            change(&currentSettings)
            return (old, currentSettings)
        }
    }

    /// The furthest stage trainees may enter; nil when each goes at their own pace.
    var releasedStage: LifecycleStage? {
        let settings = self.settings
        guard settings.pacing == .byStage else { return nil }
        return max(settings.releasedStage ?? firstStage, firstStage)
    }

    func add(_ seat: LiveSeat, secretHash: String) {
        lock.withLock {
            seatsByID[seat.id] = seat
            seatsBySecretHash[secretHash] = seat
        }
    }

    /// Adds `seat` unless one with its secret is there already; returns the one kept.
    @discardableResult
    func adopt(_ seat: LiveSeat, secretHash: String) -> LiveSeat {
        lock.withLock {
            if let existing = seatsBySecretHash[secretHash] { return existing }
            seatsByID[seat.id] = seat
            seatsBySecretHash[secretHash] = seat
            return seat
        }
    }

    func seat(id: Int64) -> LiveSeat? { lock.withLock { seatsByID[id] } }
    func seat(secretHash: String) -> LiveSeat? { lock.withLock { seatsBySecretHash[secretHash] } }
    var seats: [LiveSeat] { lock.withLock { seatsByID.values.sorted { $0.id < $1.id } } }
}
