import Foundation

/// Posts statements to a learning record store in batches, each batch tried again after a 5xx or
/// a network failure. Statement ids are deterministic, so sending again is harmless: statements
/// the LRS already holds are skipped by it, and a 409 (a statement by that id already stored)
/// counts as delivered.
public struct StatementSender: Sendable {
    public let client: LRSClient
    public var batchSize: Int
    public var retry: RetryPolicy
    /// Told before each pause (the failure, the pause), e.g. to say the LRS is being waited for.
    public var onRetry: @Sendable (LRSFailure, Duration) -> Void

    public init(client: LRSClient, batchSize: Int = 50, retry: RetryPolicy = .standard,
                onRetry: @escaping @Sendable (LRSFailure, Duration) -> Void = { _, _ in }) {
        self.client = client
        self.batchSize = max(1, batchSize)
        self.retry = retry
        self.onRetry = onRetry
    }

    /// Sends every statement, `batchSize` at a time, in order; stops at the first batch that fails for good.
    public func send(_ statements: [EncodedStatement]) async throws(LRSFailure) {
        var start = 0
        while start < statements.count {
            let end = min(start + batchSize, statements.count)
            try await sendWithRetries(Array(statements[start..<end]))
            start = end
        }
    }

    /// One batch, tried up to `retry.attempts` times while the failure is transient.
    public func sendWithRetries(_ batch: [EncodedStatement]) async throws(LRSFailure) {
        var attempt = 1
        while true {
            do throws(LRSFailure) {
                try await deliver(batch)
                return
            } catch {
                guard error.isTransient, attempt < retry.attempts, !Task.isCancelled else { throw error }
                let pause = retry.delay(after: attempt)
                onRetry(error, pause)
                try? await Task.sleep(for: pause)
                attempt += 1
            }
        }
    }

    /// One try at a batch. A 409 refuses the whole batch because one statement in it is already
    /// stored in another form (e.g. a session exported before an answer in it was taken back): the
    /// batch is then sent one statement at a time, so the others are not lost.
    public func deliver(_ batch: [EncodedStatement]) async throws(LRSFailure) {
        guard !batch.isEmpty else { return }
        do throws(LRSFailure) {
            _ = try await client.call("POST", "statements", body: EncodedStatement.array(batch))
        } catch {
            guard case .rejected(status: 409, message: _) = error else { throw error }
            guard batch.count > 1 else { return }
            for statement in batch { try await deliver([statement]) }
        }
    }
}
