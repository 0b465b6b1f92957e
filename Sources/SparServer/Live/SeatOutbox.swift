/// One connection's queue of messages to send, in order. The seat writes to it from wherever it
/// runs; the connection's writer task drains it onto the socket.
final class SeatOutbox: Sendable {
    let messages: AsyncStream<ServerMessage>
    private let continuation: AsyncStream<ServerMessage>.Continuation

    init() {
        // A client that stops reading must not grow the server's memory without bound.
        (messages, continuation) = AsyncStream.makeStream(bufferingPolicy: .bufferingNewest(256))
    }

    func send(_ message: ServerMessage) { continuation.yield(message) }

    /// No more messages: the writer finishes after those queued.
    func finish() { continuation.finish() }
}
