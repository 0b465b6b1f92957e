import Foundation
import SparClassroom

/// Whoever follows the store's changes through the hub (a dashboard, a roster's live view): each
/// subscriber gets every change applied after it subscribed.
final class ChangeSubscribers: @unchecked Sendable {
    private let lock = NSLock()
    private var continuations: [UUID: AsyncStream<ClassroomChange>.Continuation] = [:]

    func subscribe() -> AsyncStream<ClassroomChange> {
        let (stream, continuation) = AsyncStream.makeStream(of: ClassroomChange.self, bufferingPolicy: .bufferingNewest(10_000))
        let id = UUID()
        lock.withLock { continuations[id] = continuation }
        continuation.onTermination = { [weak self] _ in
            guard let self else { return }
            self.lock.withLock { _ = self.continuations.removeValue(forKey: id) }
        }
        return stream
    }

    func publish(_ change: ClassroomChange) {
        for continuation in lock.withLock({ Array(continuations.values) }) { continuation.yield(change) }
    }
}
