import Foundation
import HummingbirdWSClient
import Logging
import NIOSSL
import SparServer

/// The trainee's link to the classroom server: connects, says hello with the seat secret, sends
/// each line with its sequence number, and on a dropped connection reconnects with backoff and
/// sends the unanswered line again (the server applies a sequence number once). Messages are
/// handed to `onMessage` as they come; the terminal loop waits for the answer to its line.
final class ClassConnection: @unchecked Sendable {
    enum Reply: Sendable, Equatable {
        /// The line was answered (or refused for good, with the reason shown).
        case answered
        /// The session ended: the scorecard has been shown.
        case finished
        /// The connection cannot go on (kicked, class closed, server gone); the reason.
        case ended(String)
    }

    /// The servers of the class, all on one store: the first is tried first; when the one in use
    /// stops answering, the next takes over, and the session goes on from the stored records.
    let servers: [ClassEndpoint]
    /// Which of `servers` the connection tries now.
    private var current = 0
    var server: ServerAddress { condition.withLock { servers[current].address } }
    let code: String
    let name: String?
    private let onMessage: @Sendable (ServerMessage, _ reconnected: Bool) -> Void
    private let onReconnecting: @Sendable () -> Void

    private let condition = NSCondition()
    private var secret: String?
    private var nextSequence = 1
    private var unanswered: (sequence: Int, text: String)?
    private var answered: Set<Int> = []
    private var finished = false
    private var endReason: String?
    private var welcome: ServerMessage.Welcome?
    private var outgoing: AsyncStream<String>.Continuation?
    private var connectedOnce = false

    /// How long to keep trying: a first connection gives up soon (a wrong URL), a dropped one long after.
    var firstConnectionPatience: Duration = .seconds(10)
    var reconnectionPatience: Duration = .seconds(600)
    /// How long one attempt may take to be welcomed. A server killed while it was answering the
    /// handshake leaves the connection half-closed, and the WebSocket client's upgrade ends neither on
    /// that nor on cancellation: without this bound the trainee would wait out the whole patience.
    var handshakeTimeout: Duration = .seconds(5)

    init(servers: [ClassEndpoint], code: String, name: String?, secret: String?,
         onMessage: @escaping @Sendable (ServerMessage, _ reconnected: Bool) -> Void,
         onReconnecting: @escaping @Sendable () -> Void) {
        precondition(!servers.isEmpty, "a class connection needs a server")
        self.servers = servers
        self.code = code
        self.name = name
        self.secret = secret
        self.onMessage = onMessage
        self.onReconnecting = onReconnecting
    }

    // MARK: - For the terminal loop (blocking)

    /// Waits for the first welcome; nil when the connection ended first (the reason is in `endReason`).
    func waitForWelcome() -> ServerMessage.Welcome? {
        condition.lock()
        defer { condition.unlock() }
        while welcome == nil && endReason == nil { condition.wait() }
        return welcome
    }

    var seatSecret: String? { condition.withLock { secret } }
    var reasonEnded: String? { condition.withLock { endReason } }
    var isFinished: Bool { condition.withLock { finished } }

    /// Sends a line and waits until the server has answered it.
    func send(_ text: String) -> Reply {
        condition.lock()
        if finished { condition.unlock(); return .finished }
        if let endReason { condition.unlock(); return .ended(endReason) }
        let sequence = nextSequence
        nextSequence += 1
        unanswered = (sequence, text)
        outgoing?.yield(ClientMessage.line(sequence: sequence, text: text).json)
        while !answered.contains(sequence) && !finished && endReason == nil { condition.wait() }
        defer { condition.unlock() }
        if answered.contains(sequence) {
            answered.remove(sequence)
            return finished ? .finished : .answered
        }
        return finished ? .finished : .ended(endReason ?? "")
    }

    // MARK: - The connection (async)

    /// Connects and reconnects until the session ends or the server turns the seat away.
    func run() async {
        var backoff: Duration = .milliseconds(100)
        var outageStarted = ContinuousClock.now
        var reportedOutage = false
        var logger = Logger(label: "spar.join")
        logger.logLevel = .critical
        while true {
            let handled = HandledConnection()
            // Past the patience the trainee is told, and the client stops, even in the middle of an
            // attempt (an https classroom reached with http://, a port that is not spar).
            let patience = condition.withLock { connectedOnce } ? reconnectionPatience : firstConnectionPatience
            let endpoint = condition.withLock { servers[current] }
            let server = endpoint.address
            let watchdog = Task { [outageStarted, server, code] in
                try await Task.sleep(until: outageStarted + patience)
                guard !handled.welcomed else { return }
                end(Self.unreachable(server: server, code: code, patience: patience,
                                     connectedOnce: condition.withLock { connectedOnce }))
            }
            defer { watchdog.cancel() }
            if case .failed(let error) = await attempt(endpoint, handled: handled, logger: logger),
               !condition.withLock({ connectedOnce }), let refusal = ClassroomTLS.refusal(error, server: server.httpURL) {
                // A certificate that is not trusted will not become trusted by trying again: say so now.
                end(refusal)
                return
            }
            if condition.withLock({ finished || endReason != nil }) { return }
            condition.withLock {
                outgoing?.finish()
                outgoing = nil
            }
            if handled.welcomed {
                backoff = .milliseconds(100)
                outageStarted = .now
                reportedOutage = false
            } else if servers.count > 1 {
                // This server did not take us back: the next one of the class's servers is tried at once.
                condition.withLock { current = (current + 1) % servers.count }
                if condition.withLock({ current != 0 }) { continue }
            }
            if ContinuousClock.now - outageStarted > patience {
                end(Self.unreachable(server: server, code: code, patience: patience, connectedOnce: condition.withLock { connectedOnce }))
                return
            }
            if condition.withLock({ connectedOnce }) && !reportedOutage {
                reportedOutage = true
                onReconnecting()
            }
            try? await Task.sleep(for: backoff)
            backoff = min(backoff * 2, .seconds(3))
        }
    }

    private static func unreachable(server: ServerAddress, code: String, patience: Duration, connectedOnce: Bool) -> String {
        connectedOnce
            ? "the server at \(server.httpURL) has not answered for \(patience); your seat is kept: run spar join \(code) --server \(server.httpURL) again"
            : "cannot reach a spar server at \(server.httpURL) (is `spar serve` running there? a class served over TLS needs https://)"
    }

    /// How one attempt ended: the connection closed (refused, reset, or after a session on it), or
    /// it was given up because no welcome came within the handshake timeout.
    private enum AttemptEnd: Sendable {
        case closed
        case failed(any Error)
        case silent
    }

    /// One connection to `endpoint`, until it closes or stays unwelcomed past `handshakeTimeout`. An
    /// attempt given up is cancelled but not awaited (its upgrade may never end); it is marked
    /// abandoned, so a welcome it might still get closes it instead of taking the seat.
    private func attempt(_ endpoint: ClassEndpoint, handled: HandledConnection, logger: Logger) async -> AttemptEnd {
        let (ends, ending) = AsyncStream.makeStream(of: AttemptEnd.self)
        let connection = Task {
            do {
                try await WebSocketClient.connect(url: endpoint.address.webSocketURL,
                                                  configuration: .init(maxFrameSize: 1 << 20, sniHostname: endpoint.handshakeName),
                                                  tlsConfiguration: endpoint.tls, logger: logger) {
                    inbound, outbound, _ in
                    try await self.serve(inbound: inbound, outbound: outbound, handled: handled)
                }
                ending.yield(.closed)
            } catch {
                ending.yield(.failed(error))
            }
            ending.finish()
        }
        let deadline = Task { [handshakeTimeout] in
            try? await Task.sleep(for: handshakeTimeout)
            if !Task.isCancelled && handled.abandonUnlessWelcomed() {
                ending.yield(.silent)
                ending.finish()
            }
        }
        defer { deadline.cancel() }
        var first = AttemptEnd.silent
        for await end in ends {
            first = end
            break
        }
        if case .silent = first { connection.cancel() }
        return first
    }

    /// Whether an attempt got as far as the welcome, or was given up first; one lock decides which
    /// came first, between the attempt and its deadline on another task.
    private final class HandledConnection: @unchecked Sendable {
        private let lock = NSLock()
        private var storedWelcomed = false
        private var abandoned = false
        var welcomed: Bool { lock.withLock { storedWelcomed } }
        /// True when the welcome may be taken: the attempt was not given up.
        func welcomeUnlessAbandoned() -> Bool {
            lock.withLock {
                if !abandoned { storedWelcomed = true }
                return !abandoned
            }
        }
        /// True when the attempt is given up: no welcome came.
        func abandonUnlessWelcomed() -> Bool {
            lock.withLock {
                if !storedWelcomed { abandoned = true }
                return !storedWelcomed
            }
        }
    }

    private func serve(inbound: WebSocketInboundStream, outbound: WebSocketOutboundWriter, handled: HandledConnection) async throws {
        let (lines, continuation) = AsyncStream.makeStream(of: String.self)
        let hello = condition.withLock {
            ClientMessage.Hello(code: code, name: name, seat: secret)
        }
        try await outbound.write(.text(ClientMessage.hello(hello).json))
        try await withThrowingTaskGroup(of: Void.self) { group in
            group.addTask {
                for await line in lines { try await outbound.write(.text(line)) }
            }
            defer { group.cancelAll() }
            for try await message in inbound.messages(maxSize: 1 << 22) {
                guard case .text(let text) = message, let decoded = ServerMessage.decode(text) else { continue }
                if !receive(decoded, continuation: continuation, handled: handled) {
                    try? await outbound.close(.normalClosure, reason: nil)
                    break
                }
            }
            continuation.finish()
        }
    }

    /// Returns false when the connection should close (the session ended, the server turned us away).
    private func receive(_ message: ServerMessage, continuation: AsyncStream<String>.Continuation,
                         handled: HandledConnection) -> Bool {
        switch message {
        case .welcome(let welcome):
            // A welcome that came after its attempt was given up: a newer attempt holds the seat.
            guard handled.welcomeUnlessAbandoned() else { return false }
            let reconnected: Bool = condition.withLock {
                let again = connectedOnce
                connectedOnce = true
                secret = welcome.seat
                nextSequence = max(nextSequence, welcome.applied + 1)
                self.welcome = welcome
                outgoing = continuation
                // The line that was on its way when the connection dropped goes again; a server that
                // had applied it answers it as a duplicate.
                if let unanswered { continuation.yield(ClientMessage.line(sequence: unanswered.sequence, text: unanswered.text).json) }
                condition.broadcast()
                return again
            }
            onMessage(message, reconnected)
            if welcome.finished { return true }
        case .output(let sequence, _, _, let ended, _):
            onMessage(message, false)
            // The line that ended the session is answered by the scorecard that follows.
            if let sequence, !ended { markAnswered(sequence) }
        case .scorecard:
            onMessage(message, false)
            condition.withLock {
                finished = true
                condition.broadcast()
            }
            return false
        case .notice:
            onMessage(message, false)
        case .rejected(let sequence, let reason, _, let retry):
            if let retry, let sequence, [.rateLimited, .busy, .storeFailure].contains(reason) {
                // Sent again after the wait the server asked for; the trainee sees nothing unless it keeps failing.
                if reason == .storeFailure { onMessage(message, false) }
                Task {
                    try? await Task.sleep(for: .milliseconds(retry))
                    let pending = self.condition.withLock { self.unanswered }
                    if let pending, pending.sequence == sequence {
                        continuation.yield(ClientMessage.line(sequence: pending.sequence, text: pending.text).json)
                    }
                }
                return true
            }
            onMessage(message, false)
            if let sequence { markAnswered(sequence) }
        case .error(_, let text):
            onMessage(message, false)
            end(text)
            return false
        }
        return true
    }

    private func markAnswered(_ sequence: Int) {
        condition.withLock {
            if unanswered?.sequence == sequence { unanswered = nil }
            answered.insert(sequence)
            condition.broadcast()
        }
    }

    private func end(_ reason: String) {
        condition.withLock {
            if endReason == nil { endReason = reason }
            condition.broadcast()
        }
    }
}
