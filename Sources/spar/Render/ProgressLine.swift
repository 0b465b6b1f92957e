import Foundation

/// "12/340" on stderr while a long run reads files, only when stderr is a terminal; erased at the end
/// so it never mixes with the output.
struct ProgressLine {
    let enabled: Bool
    /// Short runs finish before anyone needs reassurance.
    let minimumFiles = 20

    static func automatic() -> ProgressLine { ProgressLine(enabled: isatty(STDERR_FILENO) != 0) }

    func update(done: Int, total: Int, label: String) {
        guard enabled, total >= minimumFiles, done == total || done % 10 == 0 else { return }
        FileHandle.standardError.write(Data("\r\u{1B}[K\(label) \(done)/\(total)".utf8))
    }

    func finish() {
        guard enabled else { return }
        FileHandle.standardError.write(Data("\r\u{1B}[K".utf8))
    }
}
