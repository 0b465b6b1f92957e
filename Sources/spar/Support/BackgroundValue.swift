import Foundation

/// A value computed on another thread while the trainee plays (the scorecard's best-reachable
/// search), waited for only when needed.
final class BackgroundValue<Value: Sendable>: @unchecked Sendable {
    private let done = DispatchSemaphore(value: 0)
    private let lock = NSLock()
    private var result: Value?

    init(_ compute: @escaping @Sendable () -> Value) {
        Thread.detachNewThread { [self] in
            let value = compute()
            lock.withLock { result = value }
            done.signal()
        }
    }

    var value: Value {
        if let ready = lock.withLock({ result }) { return ready }
        done.wait()
        done.signal()
        return lock.withLock { result! }
    }
}
