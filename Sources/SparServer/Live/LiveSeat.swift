import Foundation
import NIOPosix
import SalesMethod
import SparClassroom
import SparKit

/// One trainee's seat while the server runs: their session (loaded on first connection, rebuilt
/// from the store after a restart), the connection it talks to, and the gates on their input —
/// one line at a time, a rate limit, the trainer's pause, a stage not yet released, the deadline.
actor LiveSeat {
    nonisolated let id: Int64
    nonisolated let trainee: String
    nonisolated let liveClass: LiveClass
    private let record: SeatRecord
    private let runtime: ClassroomRuntime
    private let language: SessionLanguage

    private(set) var session: SeatSession?
    private var loading: Task<SeatSession, any Error>?
    private(set) var outbox: SeatOutbox?
    private(set) var kicked: Bool
    /// The last input sequence applied (stored with its records).
    private(set) var applied: Int
    /// What answered the last applied input, sent again when the client resends it.
    private var lastReply: (sequence: Int, messages: [ServerMessage])?
    private var busy = false
    /// A line that arrived while the class was paused or the seat waited for a stage.
    private var pending: (sequence: Int, text: String)?
    /// Lines of a stage the trainer has not released yet, shown when it is.
    private var held: [DisplayLine] = []
    private(set) var waitingFor: LifecycleStage?
    private var limiter: RateLimiter

    init(record: SeatRecord, liveClass: LiveClass, runtime: ClassroomRuntime, language: SessionLanguage = SessionLanguage()) {
        id = record.id
        self.record = record
        trainee = record.trainee
        self.liveClass = liveClass
        self.runtime = runtime
        self.language = language
        kicked = record.kicked
        applied = record.appliedSequence
        limiter = RateLimiter(capacity: runtime.configuration.burstLines, perSecond: runtime.configuration.linesPerSecond)
    }

    var isKicked: Bool { kicked }

    // MARK: - Connections

    /// Binds the seat to a new connection (an older one is told and closed) and sends the welcome:
    /// the introduction, where play stands, and the scorecard when it has ended.
    func attach(_ newOutbox: SeatOutbox, secret: String) async {
        if let old = outbox, old !== newOutbox {
            old.send(.notice(.init(.replaced, text(zh: "这个座位已在另一处连接。", en: "This seat was taken up by another connection."))))
            old.finish()
        }
        outbox = newOutbox
        liveClass.activity.connection(seat: id)
        await forgetIfAnsweredElsewhere()
        let loaded: SeatSession
        do {
            loaded = try await loadedSession()
        } catch {
            newOutbox.send(.error(.serverError, text: text(zh: "无法恢复你的会谈：\(error)", en: "Your session cannot be restored: \(error)")))
            newOutbox.finish()
            outbox = nil
            return
        }
        let scenario = liveClass.scenario.scenario
        let language = loaded.session.language
        var lines: [DisplayLine] = []
        if !loaded.isFinished {
            if loaded.session.journal.isEmpty && !loaded.resumed {
                lines = worded(loaded.opening, loaded)
            } else {
                lines = [Wording(language).resuming(turnsAnswered: loaded.session.state.turn)]
                let present = worded(loaded.session.presentCurrentNode(), loaded)
                if waitingFor == nil { lines += present } else if held.isEmpty { held = present }
            }
        }
        let welcome = ServerMessage.Welcome(
            seat: secret, trainee: trainee, className: liveClass.record.name ?? liveClass.code, scenarioTitle: scenario.title,
            mode: liveClass.record.mode, lang: language, applied: applied, finished: loaded.isFinished,
            completion: CompletionWords.all(for: scenario, language: language),
            checkpointWords: loaded.isFinished ? nil : checkpointWords(loaded),
            introduction: Wording(language).introduction(to: scenario, mode: liveClass.record.mode), lines: lines)
        newOutbox.send(.welcome(welcome))
        if let card = loaded.scorecard {
            newOutbox.send(scorecardMessage(card, loaded))
            return
        }
        if let stage = waitingFor { newOutbox.send(.notice(waitingNotice(stage))) }
        if liveClass.settings.paused { newOutbox.send(.notice(pausedNotice)) }
    }

    /// The connection ended; the seat stays, disconnected.
    func detach(_ closing: SeatOutbox) {
        if outbox === closing { outbox = nil }
        liveClass.activity.connection(seat: id)
    }

    // MARK: - Input

    func receive(sequence: Int, text line: String) async {
        guard let outbox else { return }
        if sequence <= applied {
            if let lastReply, lastReply.sequence == sequence {
                for message in lastReply.messages { outbox.send(message) }
            } else {
                outbox.send(.output(sequence: sequence, lines: [], duplicate: true, ended: session?.isFinished ?? false))
            }
            return
        }
        if line.utf8.count > runtime.configuration.maximumLineBytes {
            outbox.send(.rejected(sequence: sequence, reason: .tooLong, text: text(
                zh: "这一行有 \(line.utf8.count) 字节，最多 \(runtime.configuration.maximumLineBytes)：没有发送给客户。",
                en: "That line is \(line.utf8.count) bytes; the most a line may be is \(runtime.configuration.maximumLineBytes). It was not sent."),
                retryAfterMilliseconds: nil))
            return
        }
        if let wait = limiter.take() {
            let milliseconds = Int(wait.components.seconds * 1000 + wait.components.attoseconds / 1_000_000_000_000_000)
            outbox.send(.rejected(sequence: sequence, reason: .rateLimited, text: text(
                zh: "发送太快了，请稍等再试。", en: "Too many lines too fast; wait a moment and send it again."),
                retryAfterMilliseconds: max(1, milliseconds)))
            return
        }
        if busy || pending != nil {
            outbox.send(.rejected(sequence: sequence, reason: .busy, text: text(
                zh: "上一句还在处理中：一次一句。", en: "The last line is still being answered: one line at a time."),
                retryAfterMilliseconds: 200))
            return
        }
        if let refusal = closedOrPastDeadline(sequence: sequence) {
            outbox.send(refusal)
            return
        }
        if liveClass.settings.paused || waitingFor != nil {
            pending = (sequence, line)
            outbox.send(.notice(.init(.held, text(zh: "已收到，等培训师继续后再提交给客户。",
                                                  en: "Kept: it goes to the customer when the trainer lets play go on."))))
            return
        }
        await process(sequence: sequence, line: line)
    }

    private func closedOrPastDeadline(sequence: Int) -> ServerMessage? {
        let settings = liveClass.settings
        if settings.closed {
            return .rejected(sequence: sequence, reason: .classClosed, text: text(zh: "培训师已结束本课。", en: "The trainer has closed the class."),
                             retryAfterMilliseconds: nil)
        }
        if let deadline = settings.deadline, Date() > deadline {
            return .rejected(sequence: sequence, reason: .deadline, text: text(zh: "已过截止时间，不再接受回答。",
                                                                             en: "The deadline has passed; no more answers are taken."),
                             retryAfterMilliseconds: nil)
        }
        return nil
    }

    /// Scores the line and waits for its records to be committed, then sends what the trainee may see.
    private func process(sequence: Int, line: String) async {
        busy = true
        defer { busy = false }
        guard let outbox else { return }
        let current: SeatSession
        do {
            current = try await loadedSession()
        } catch {
            outbox.send(.rejected(sequence: sequence, reason: .serverError, text: "\(error)", retryAfterMilliseconds: nil))
            return
        }
        if current.isFinished {
            outbox.send(.output(sequence: sequence, lines: worded([.notice(.alreadyEnded)], current), duplicate: false))
            return
        }
        // The engine runs on a worker thread (the last answer's scorecard may wait for the best
        // scores' search); the commit is then awaited without holding any thread, so thousands of
        // seats share one group commit.
        let updated: SeatSession, events: [SessionEvent]
        do {
            let answer = try await runtime.workers.runIfActive { try current.answering(line, sequence: sequence) }
            try await runtime.store.append(answer.staged)
            (updated, events) = (answer.next, answer.events)
        } catch {
            outbox.send(.rejected(sequence: sequence, reason: .storeFailure, text: text(
                zh: "服务器没能保存这一句（\(error)），请再发一次。", en: "The server could not store that line (\(error)); send it again."),
                retryAfterMilliseconds: 1000))
            return
        }
        await runtime.configuration.entriesStored?(liveClass.code, id)
        session = updated
        applied = sequence
        liveClass.activity.answered(seat: id)
        var messages = [ServerMessage]()
        var shown = events
        if let released = liveClass.releasedStage,
           let index = events.firstIndex(where: { if case .stageChanged(let stage) = $0 { stage > released } else { false } }),
           case .stageChanged(let stage) = events[index] {
            shown = Array(events[..<index])
            held = worded(Array(events[index...]), updated)
            waitingFor = stage
        }
        messages.append(.output(sequence: sequence, lines: worded(shown, updated), duplicate: false, ended: updated.isFinished,
                                checkpointWords: checkpointWords(updated)))
        if let stage = waitingFor, !held.isEmpty { messages.append(.notice(waitingNotice(stage))) }
        if let card = updated.scorecard { messages.append(scorecardMessage(card, updated)) }
        lastReply = (sequence, messages)
        for message in messages { outbox.send(message) }
    }

    /// What Tab offers the trainee on an empty word: the words of the checkpoint the seat waits at.
    private func checkpointWords(_ seat: SeatSession) -> [String] {
        CompletionWords.atCheckpoint(seat.session.state.pending, scenario: liveClass.scenario.scenario,
                                     language: seat.session.language)
    }

    // MARK: - The trainer

    /// The class's settings changed: tell the trainee, show a released stage, take a kept line.
    func settingsChanged(from old: ClassSettings, to new: ClassSettings) async {
        if new.closed && !old.closed {
            outbox?.send(.error(.classClosed, text: text(zh: "培训师已结束本课。你的记录已保存。", en: "The trainer has closed the class. Your transcript is saved.")))
            outbox?.finish()
            outbox = nil
            return
        }
        if new.paused && !old.paused { outbox?.send(.notice(pausedNotice)) }
        if !new.paused && old.paused {
            outbox?.send(.notice(.init(.resumed, text(zh: "培训师已继续。", en: "The trainer has resumed play."))))
        }
        if let stage = waitingFor, liveClass.releasedStage.map({ stage <= $0 }) ?? true {
            waitingFor = nil
            outbox?.send(.notice(.init(.released, text(zh: "培训师已放行：\(stage.name.zh)。", en: "The trainer released the \(stage.name.en) stage."))))
            if !held.isEmpty, let session {
                outbox?.send(.output(sequence: nil, lines: held, duplicate: false, checkpointWords: checkpointWords(session)))
            }
            held = []
        }
        if let kept = pending, !new.paused, waitingFor == nil {
            pending = nil
            await process(sequence: kept.sequence, line: kept.text)
        }
    }

    func setKicked(_ value: Bool) {
        kicked = value
        guard value, let outbox else { return }
        outbox.send(.error(.kicked, text: text(zh: "培训师已将你移出本课。", en: "The trainer has removed you from the class.")))
        outbox.finish()
        self.outbox = nil
    }

    func rosterEntry() async -> RosterEntry {
        var entry = RosterEntry(seat: id, trainee: trainee, status: kicked ? .kicked : (outbox == nil ? .disconnected : .connected),
                                waiting: waitingFor != nil, answered: applied)
        let known: Session?
        if let session {
            known = session.session
            if let card = session.scorecard {
                entry.overall = card.overall
                if !kicked { entry.status = .finished }
            }
        } else if let stored = try? await runtime.blocking({ [id] in try $0.entries(seatID: id) }), !stored.isEmpty,
                  case .success(let transcript) = Transcript.parse(stored.joined(separator: "\n") + "\n", file: "seat") {
            // Not picked up since the server started: what the stored records say, without replaying them.
            known = nil
            entry.node = transcript.records.last?.node
            entry.turns = transcript.records.filter { $0.input != nil }.count
            if let end = transcript.end {
                entry.outcome = end.outcome
                entry.overall = end.overall
                if !kicked { entry.status = .finished }
            }
        } else {
            known = nil
        }
        if let state = known?.state {
            entry.node = state.node
            entry.stage = state.stage
            entry.elapsed = state.elapsed
            entry.minutes = liveClass.scenario.scenario.meeting.minutes
            entry.turns = state.turn
            entry.points = ScoreDimension.allCases.reduce(0) { $0 + state.points(in: $1) }
            entry.outcome = state.ending?.outcome
        }
        return entry
    }

    // MARK: - Helpers

    /// Another server stored the seat's answer to input `sequence`: what this server holds of the
    /// session is out of date, and is rebuilt from the store when next needed.
    func answeredElsewhere(_ sequence: Int) {
        guard sequence > applied, !busy else { return }
        session = nil
        applied = sequence
        lastReply = nil
    }

    /// Servers sharing one store: a trainee who played on through another server and comes back
    /// here finds the session rebuilt from the store, not the one this server last held.
    private func forgetIfAnsweredElsewhere() async {
        let hash = record.secretHash
        guard session != nil, !busy,
              let stored = try? await runtime.blocking({ try $0.seat(secretHash: hash) }),
              stored.appliedSequence != applied else { return }
        session = nil
        applied = stored.appliedSequence
        lastReply = nil
        pending = nil
        held = []
        waitingFor = nil
    }

    private func loadedSession() async throws -> SeatSession {
        if let session { return session }
        if let loading { return try await loading.value }
        let (record, runtime, liveClass, language) = (self.record, self.runtime, self.liveClass, self.language)
        let task = Task {
            try await runtime.workers.runIfActive {
                try SeatSession.open(seat: record, record: liveClass.record, scenario: liveClass.scenario, store: runtime.store,
                                     language: language, version: runtime.configuration.version, best: runtime.configuration.best)
            }
        }
        loading = task
        defer { loading = nil }
        let opened = try await task.value
        session = opened
        if let released = liveClass.releasedStage, let stage = opened.session.state.stage, stage > released, !opened.isFinished {
            waitingFor = stage
        }
        return opened
    }

    private func worded(_ events: [SessionEvent], _ seat: SeatSession) -> [DisplayLine] {
        SessionWording.lines(for: events, language: seat.session.language, mode: seat.session.mode)
    }

    private func scorecardMessage(_ card: Scorecard, _ seat: SeatSession) -> ServerMessage {
        // Each reason goes worded in the trainee's language, without the rule's arguments (which
        // name the method's tags); the trainee reads the words, as local play shows them.
        var worded = card
        worded.events = card.events.map { event in
            var shown = event
            shown.reason = event.reason(in: seat.session.language)
            shown.args = nil
            return shown
        }
        // Exam mode held the coaching back during play; practice mode showed it after each answer.
        return .scorecard(worded, feedback: seat.session.mode == .exam ? seat.session.state.feedbackLog : [])
    }

    private var pausedNotice: ServerMessage.Notice {
        .init(.paused, text(zh: "培训师已暂停：可以继续输入，恢复后提交。", en: "The trainer has paused play; what you type is sent when play resumes."))
    }

    private func waitingNotice(_ stage: LifecycleStage) -> ServerMessage.Notice {
        .init(.waiting, text(zh: "你已进入\(stage.name.zh)：请等待培训师放行。", en: "You reached the \(stage.name.en) stage: wait for the trainer to release it."))
    }

    private func text(zh: String, en: String) -> String {
        (session?.session.language ?? language.preferred ?? liveClass.scenario.scenario.language) == .zh ? zh : en
    }
}

/// What every seat of the server shares: the store, the settings, the threads for blocking work.
struct ClassroomRuntime: Sendable {
    let store: any ClassroomStore
    let configuration: ClassroomConfiguration
    let workers: NIOThreadPool
}
