import Foundation
import Logging
import NIOPosix
import SalesMethod
import SparClassroom
import SparKit

/// Every class the server runs, and what trainees and the trainer do to them. The store is the
/// truth: a class or seat exists here only once it is stored, so a restarted server finds them all.
public final class ClassroomHub: @unchecked Sendable {
    let runtime: ClassroomRuntime
    let logger: Logger
    private let lock = NSLock()
    private var classes: [String: LiveClass] = [:]
    private let subscribers = ChangeSubscribers()
    private var following: Task<Void, Never>?

    /// Opens the classes kept in `store` (all but closed ones take trainees again).
    public init(store: any ClassroomStore, configuration: ClassroomConfiguration, logger: Logger = Logger(label: "spar.classroom")) throws {
        let workers = NIOThreadPool(numberOfThreads: configuration.workerThreads)
        workers.start()
        runtime = ClassroomRuntime(store: store, configuration: configuration, workers: workers)
        self.logger = logger
        for record in try store.allClasses() {
            do {
                try add(record)
            } catch {
                logger.error("class \(record.code) cannot be opened again: \(error)")
            }
        }
        if let feed = store as? any ClassroomChangeFeed { following = follow(feed) }
    }

    /// The store's changes made through every server on it, this one included, once this server
    /// has applied them (a store shared by several servers; nothing comes on a SQLite file).
    public func storeChanges() -> AsyncStream<ClassroomChange> { subscribers.subscribe() }

    func publish(_ change: ClassroomChange) { subscribers.publish(change) }

    /// Stops the worker threads (after the server has stopped taking connections).
    public func shutdown() async {
        following?.cancel()
        try? await runtime.workers.shutdownGracefully()
    }

    /// The class served from now on, with its stored seats; the one already served when another
    /// caller added it first.
    @discardableResult
    private func add(_ record: ClassRecord) throws -> LiveClass {
        let live = LiveClass(record: record, scenario: try ClassScenario(record: record))
        for seat in try runtime.store.seats(classCode: record.code) {
            live.add(LiveSeat(record: seat, liveClass: live, runtime: runtime), secretHash: seat.secretHash)
        }
        return lock.withLock {
            if let existing = classes[record.code] { return existing }
            classes[record.code] = live
            return live
        }
    }

    func liveClass(_ code: String) -> LiveClass? { lock.withLock { classes[code] } }

    /// A class found in the store while serving (opened through another server).
    func addStored(_ record: ClassRecord) throws -> LiveClass { try add(record) }

    public var classRecords: [ClassRecord] {
        lock.withLock { classes.values.map { $0.record } }.sorted { ($0.created, $0.code) < ($1.created, $1.code) }
    }

    // MARK: - Opening classes

    /// `openClass` from inside a task: the store is called on a worker thread.
    public func openClassFromTask(source: Data, file: String, mode: SessionMode, name: String?) async throws -> ClassSummary {
        try await runtime.workers.runIfActive { try self.openClass(source: source, file: file, mode: mode, name: name) }
    }

    /// Opens a class on a scenario given as its YAML source. `file`: where it came from (kept in transcripts).
    public func openClass(source: Data, file: String, mode: SessionMode, name: String?) throws -> ClassSummary {
        let result = ScenarioLoader.load(data: source, file: file)
        guard let scenario = result.scenario else {
            let errors = result.diagnostics.filter { $0.severity == .error }.map { "\($0.location.line):\($0.location.column): \($0.message)" }
            throw ClassroomError.scenarioInvalid(errors.prefix(5).joined(separator: "; "))
        }
        var code = JoinCode.random()
        while try liveClass(code) != nil || runtime.store.classRecord(code: code) != nil { code = JoinCode.random() }
        let record = ClassRecord(code: code, name: name, scenarioID: scenario.id, scenarioFile: file, scenarioSource: source,
                                 scenarioSHA256: scenario.sha256, mode: mode)
        try runtime.store.insertClass(record)
        let live = try add(record)
        logger.info("class \(code) opened: \(scenario.id) (\(mode.rawValue))")
        return summary(live)
    }

    // MARK: - Trainees

    /// Finds or makes the seat a hello asks for. Returns the seat and its secret, or why not.
    func join(_ hello: ClientMessage.Hello) async -> Result<(LiveSeat, secret: String), JoinRefusal> {
        guard let code = JoinCode.normalized(hello.code), let live = await liveOrStoredClass(code) else {
            return .failure(JoinRefusal(.unknownCode, "no class has the code '\(hello.code.prefix(12))'; check the code on the trainer's screen"))
        }
        let settings = live.settings
        if settings.closed { return .failure(JoinRefusal(.classClosed, "class \(code) is closed")) }
        if let secret = hello.seat, !secret.isEmpty {
            if let seat = await liveOrStoredSeat(live, secretHash: SeatSecret.hash(secret)) {
                if await seat.isKicked { return .failure(JoinRefusal(.kicked, "the trainer has removed this seat from class \(code)")) }
                return .success((seat, secret))
            }
        }
        if settings.locked { return .failure(JoinRefusal(.classLocked, "class \(code) is locked: the trainer takes no new trainees")) }
        let name = Self.traineeName(hello.name)
        let secret = SeatSecret.random()
        do {
            let secretHash = SeatSecret.hash(secret)
            let record = try await runtime.blocking { try $0.insertSeat(classCode: code, trainee: name, secretHash: secretHash, joined: Date()) }
            let seat = LiveSeat(record: record, liveClass: live, runtime: runtime, language: SessionLanguage(hello.lang))
            live.add(seat, secretHash: record.secretHash)
            logger.info("class \(code): \(name) joined (seat \(record.id))")
            return .success((seat, secret))
        } catch {
            logger.error("class \(code): a seat for \(name) could not be stored: \(error)")
            return .failure(JoinRefusal(.storeFailure, "the server could not store your seat; try again"))
        }
    }

    /// A name as the roster and transcripts show it: trimmed, control characters removed, at most 64 characters.
    static func traineeName(_ given: String?) -> String {
        let cleaned = String((given ?? "").unicodeScalars.filter { !CharacterSet.controlCharacters.contains($0) }.map(Character.init))
            .trimmingCharacters(in: .whitespaces)
        return cleaned.isEmpty ? "trainee" : String(cleaned.prefix(64))
    }

    // MARK: - The trainer

    public func summaries() -> [ClassSummary] {
        lock.withLock { Array(classes.values) }.sorted { ($0.record.created, $0.code) < ($1.record.created, $1.code) }.map(summary)
    }

    public func summary(code: String) throws -> ClassSummary {
        summary(try requireClass(code))
    }

    func summary(_ live: LiveClass) -> ClassSummary {
        ClassSummary(code: live.code, name: live.record.name, scenario: live.record.scenarioID,
                     sha256: live.record.scenarioSHA256, title: live.scenario.scenario.title,
                     mode: live.record.mode, settings: live.settings, seats: live.seats.count)
    }

    /// Changes a class's settings, stores them, then tells every seat.
    public func change(_ code: String, _ change: @Sendable (inout ClassSettings) throws -> Void) async throws -> ClassSummary {
        let live = try requireClass(code)
        var proposed = live.settings
        try change(&proposed)
        let stored = proposed
        try await runtime.blocking { try $0.updateSettings(code: code, stored) }
        let (old, new) = live.update { $0 = proposed }
        for seat in live.seats { await seat.settingsChanged(from: old, to: new) }
        live.activity.changed()
        logger.info("class \(code): settings \(new)")
        return summary(live)
    }

    /// Releases the next lifecycle stage (or `stage`) to a class paced by stage.
    public func release(_ code: String, stage: LifecycleStage? = nil) async throws -> ClassSummary {
        let live = try requireClass(code)
        return try await change(code) { settings in
            guard settings.pacing == .byStage else { throw ClassroomError.notPacedByStage(code) }
            let current = max(settings.releasedStage ?? live.firstStage, live.firstStage)
            guard let next = stage ?? current.next else { throw ClassroomError.nothingToRelease(code) }
            settings.releasedStage = max(next, current)
        }
    }

    /// Removes a seat from the class (`kicked`) or lets it back.
    public func setKicked(_ code: String, seat identifier: String, kicked: Bool) async throws -> RosterEntry {
        let live = try requireClass(code)
        let seat = try await findSeat(live, identifier)
        let seatID = seat.id
        try await runtime.blocking { try $0.setKicked(seatID: seatID, kicked) }
        await seat.setKicked(kicked)
        live.activity.changed()
        logger.info("class \(code): seat \(seat.id) (\(seat.trainee)) \(kicked ? "kicked" : "let back")")
        return await seat.rosterEntry()
    }

    public func roster(_ code: String) async throws -> [RosterEntry] {
        let live = try requireClass(code)
        var entries: [RosterEntry] = []
        for seat in live.seats { entries.append(await seat.rosterEntry()) }
        return entries
    }

    private func requireClass(_ code: String) throws -> LiveClass {
        guard let normalized = JoinCode.normalized(code), let live = liveClass(normalized) else { throw ClassroomError.unknownClass(code) }
        return live
    }

    /// A seat by its number, or by the trainee's name when exactly one seat has it.
    private func findSeat(_ live: LiveClass, _ identifier: String) async throws -> LiveSeat {
        if let id = Int64(identifier), let seat = live.seat(id: id) { return seat }
        let named = live.seats.filter { $0.trainee == identifier }
        guard let seat = named.first else { throw ClassroomError.unknownSeat(identifier) }
        guard named.count == 1 else { throw ClassroomError.ambiguousSeat(identifier, named.map(\.id)) }
        return seat
    }
}

/// Why a hello did not get a seat.
struct JoinRefusal: Error, Sendable {
    var reason: ServerMessage.Rejection
    var text: String
    init(_ reason: ServerMessage.Rejection, _ text: String) {
        self.reason = reason
        self.text = text
    }
}
