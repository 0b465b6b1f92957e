import Foundation
import Logging
import PostgresNIO
import SparClassroom

/// The store's changes as PostgreSQL announces them: each server LISTENs on `spar_change`, which
/// the schema's triggers NOTIFY when a class, seat or answer commits. A dropped listening
/// connection is opened again after a second; what was announced meanwhile is not repeated.
extension PostgresClassroomStore: ClassroomChangeFeed {
    public func changes() -> AsyncStream<ClassroomChange> {
        let (stream, continuation) = AsyncStream.makeStream(of: ClassroomChange.self, bufferingPolicy: .bufferingNewest(100_000))
        let listening = Task.detached { [client, logger] in
            while !Task.isCancelled {
                do {
                    try await client.withConnection { connection in
                        try await connection.listen(on: PostgresMigrations.changeChannel) { notifications in
                            continuation.yield(.listening)
                            for try await notification in notifications {
                                if let change = ClassroomChange(payload: notification.payload) { continuation.yield(change) }
                            }
                        }
                    }
                } catch {
                    if !Task.isCancelled { logger.warning("listening for other servers' changes failed, again in 1 s: \(Self.readable(error))") }
                }
                try? await Task.sleep(for: .seconds(1))
            }
            continuation.finish()
        }
        continuation.onTermination = { _ in listening.cancel() }
        track(listening)
        return stream
    }
}
