import Foundation
import HummingbirdWebSocket
import Logging
import NIOCore

/// One trainee's WebSocket: the hello that finds their seat, then their lines in and the seat's
/// messages out. Whatever the client sends, the worst it gets is a message saying why and, for a
/// connection that cannot go on, a close; the server and the other seats carry on.
struct TraineeConnection {
    let hub: ClassroomHub
    let logger: Logger

    func run(inbound: WebSocketInboundStream, outbound: WebSocketOutboundWriter) async {
        let configuration = hub.runtime.configuration
        var messages = inbound.messages(maxSize: configuration.maximumMessageBytes).makeAsyncIterator()
        do {
            guard let hello = try await firstHello(&messages, outbound: outbound, timeout: configuration.helloTimeout) else { return }
            let joined = await hub.join(hello)
            guard case .success(let (seat, secret)) = joined else {
                if case .failure(let refusal) = joined { try await refuse(outbound, refusal.reason, refusal.text) }
                return
            }
            let outbox = SeatOutbox()
            await withTaskGroup(of: Void.self) { group in
                group.addTask { await drain(outbox, to: outbound) }
                await seat.attach(outbox, secret: secret)
                await read(&messages, seat: seat, outbox: outbox)
                await seat.detach(outbox)
                outbox.finish()
            }
        } catch {
            // The client went away or broke the protocol (an oversized frame closes with 1009).
            logger.debug("trainee connection ended: \(error)")
        }
    }

    /// The first message must be a hello, within the time allowed.
    private func firstHello(_ messages: inout WebSocketInboundMessageStream.AsyncIterator, outbound: WebSocketOutboundWriter,
                            timeout: Duration) async throws -> ClientMessage.Hello? {
        let deadline = Task {
            try await Task.sleep(for: timeout)
            try? await outbound.write(.text(ServerMessage.error(.helloTimeout, text: "no hello within \(timeout); closing").json))
            try? await outbound.close(.policyViolation, reason: "no hello")
        }
        defer { deadline.cancel() }
        guard let first = try await messages.next() else { return nil }
        guard case .text(let text) = first else {
            try await refuse(outbound, .malformed, "send JSON text messages, starting with a hello")
            return nil
        }
        switch Result(catching: { try ClientMessage.decode(text) }) {
        case .success(.hello(let hello)): return hello
        case .success: try await refuse(outbound, .notJoined, "say hello first: {\"type\":\"hello\",\"code\":CODE}")
        case .failure(let failure): try await refuse(outbound, .malformed, "the first message is not a hello: \(failure)")
        }
        return nil
    }

    /// The seat's lines, until the client leaves, the seat is taken over, or it is closed.
    private func read(_ messages: inout WebSocketInboundMessageStream.AsyncIterator, seat: LiveSeat, outbox: SeatOutbox) async {
        var strikes = 0
        while true {
            let message: WebSocketMessage?
            do { message = try await messages.next() } catch { return }
            guard let message else { return }
            switch message {
            case .binary:
                outbox.send(.rejected(sequence: nil, reason: .malformed, text: "binary messages are not understood; send JSON text",
                                      retryAfterMilliseconds: nil))
                strikes += 1
            case .text(let text):
                switch Result(catching: { try ClientMessage.decode(text) }) {
                case .success(.line(let sequence, let line)):
                    await seat.receive(sequence: sequence, text: line)
                case .success(.hello):
                    outbox.send(.rejected(sequence: nil, reason: .malformed, text: "already joined; send lines", retryAfterMilliseconds: nil))
                    strikes += 1
                case .failure(let failure):
                    outbox.send(.rejected(sequence: nil, reason: .malformed, text: "not understood: \(failure)", retryAfterMilliseconds: nil))
                    strikes += 1
                }
            }
            // A client that keeps sending garbage is cut off; a real one never does.
            if strikes >= 20 {
                outbox.send(.error(.malformed, text: "too many malformed messages; closing"))
                return
            }
        }
    }

    private func drain(_ outbox: SeatOutbox, to outbound: WebSocketOutboundWriter) async {
        for await message in outbox.messages {
            do { try await outbound.write(.text(message.json)) } catch { return }
            if case .error = message {
                try? await outbound.close(.normalClosure, reason: nil)
                return
            }
        }
    }

    private func refuse(_ outbound: WebSocketOutboundWriter, _ reason: ServerMessage.Rejection, _ text: String) async throws {
        try await outbound.write(.text(ServerMessage.error(reason, text: text).json))
        try await outbound.close(.normalClosure, reason: nil)
    }
}
