import Foundation
import SparKit
import SparLRS

/// `spar export --lrs`: statements posted as the transcripts are read, a batch at a time, so a
/// large export never sits in memory. After a failure for good the rest is not sent; `failure`
/// says why and `delivered` how many arrived before it.
final class LRSUpload {
    let endpoint: LRSEndpoint
    private let sender: StatementSender
    private var pending: [EncodedStatement] = []
    private(set) var delivered = 0
    private(set) var failure: LRSFailure?

    init(endpoint: LRSEndpoint) {
        self.endpoint = endpoint
        sender = StatementSender(client: LRSClient(endpoint: endpoint)) { failure, pause in
            Console.error("spar export: \(failure); trying again in \(pause.shown)")
        }
    }

    func add(_ statement: XAPIStatement) {
        guard failure == nil else { return }
        pending.append(EncodedStatement(statement))
        if pending.count >= sender.batchSize { flush() }
    }

    /// Sends what is left.
    func finish() { flush() }

    private func flush() {
        guard failure == nil, !pending.isEmpty else { return }
        let (batch, sender) = (pending, self.sender)
        pending = []
        do {
            try BlockingTask.run { try await sender.sendWithRetries(batch) }
            delivered += batch.count
        } catch let error as LRSFailure {
            failure = error
        } catch {
            failure = .unreachable(endpoint: endpoint.base, reason: VisibleText.quoted("\(error)", limit: 160))
        }
    }
}

private extension Duration {
    /// "0.5 s", "4 s".
    var shown: String {
        let value = Double(components.seconds) + Double(components.attoseconds) / 1e18
        return value == value.rounded() ? "\(Int(value)) s" : "\(value) s"
    }
}
