import Synchronization

/// The words Tab offers before anything of a word is typed: the current checkpoint's words
/// (`CompletionWords.atCheckpoint`), set by the play or join loop after each answer and read by
/// the line editor's completer.
final class CheckpointWords: Sendable {
    private let words = Mutex<[String]>([])

    func set(_ new: [String]) { words.withLock { $0 = new } }

    var current: [String] { words.withLock { $0 } }
}
