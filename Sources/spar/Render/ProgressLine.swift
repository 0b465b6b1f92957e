import Foundation

/// "1200/3400" on stderr while a long run reads files, only when stderr is a terminal; erased at the end
/// so it never mixes with the output.
final class ProgressLine {
    let enabled: Bool
    /// Short runs finish before anyone needs reassurance.
    let minimumFiles = 20
    /// A few updates a second read well; one per file would cost more than the reading.
    let interval: TimeInterval = 0.1
    private var lastUpdate = Date.distantPast

    init(enabled: Bool) {
        self.enabled = enabled
    }

    static func automatic() -> ProgressLine { ProgressLine(enabled: isatty(STDERR_FILENO) != 0) }

    func update(done: Int, total: Int, label: String) {
        guard enabled, total >= minimumFiles else { return }
        let now = Date()
        guard done == total || now.timeIntervalSince(lastUpdate) >= interval else { return }
        lastUpdate = now
        FileHandle.standardError.write(Data("\r\u{1B}[K\(label) \(done)/\(total)".utf8))
    }

    func finish() {
        guard enabled else { return }
        FileHandle.standardError.write(Data("\r\u{1B}[K".utf8))
    }
}
