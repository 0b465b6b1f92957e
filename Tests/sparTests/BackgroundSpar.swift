import Foundation

/// The built `spar` running in the background: stdin fed a few lines at a time, stdout and stderr
/// collected as they come, killed or waited for with a time limit. For servers and their clients.
final class BackgroundSpar: @unchecked Sendable {
    let process = Process()
    private let input = Pipe()
    private let lock = NSLock()
    private var out = Data()
    private var err = Data()
    private let drained = DispatchGroup()

    init(_ arguments: [String], environment extra: [String: String] = [:]) throws {
        process.executableURL = SparBinary.executable
        process.arguments = arguments
        process.currentDirectoryURL = SparBinary.packageRoot
        var environment = ProcessInfo.processInfo.environment
        environment.removeValue(forKey: "NO_COLOR")
        for (key, value) in extra { environment[key] = value }
        process.environment = environment
        let stdout = Pipe(), stderr = Pipe()
        process.standardInput = input
        process.standardOutput = stdout
        process.standardError = stderr
        try process.run()
        collect(stdout.fileHandleForReading, toError: false)
        collect(stderr.fileHandleForReading, toError: true)
    }

    private func collect(_ handle: FileHandle, toError: Bool) {
        drained.enter()
        DispatchQueue.global().async {
            while true {
                let chunk = handle.availableData
                if chunk.isEmpty { break }
                self.lock.withLock {
                    if toError { self.err.append(chunk) } else { self.out.append(chunk) }
                }
            }
            self.drained.leave()
        }
    }

    var stdout: String { lock.withLock { String(decoding: out, as: UTF8.self) } }
    var stderr: String { lock.withLock { String(decoding: err, as: UTF8.self) } }

    func send(_ lines: [String]) {
        try? input.fileHandleForWriting.write(contentsOf: Data(lines.map { $0 + "\n" }.joined().utf8))
    }

    func closeInput() { try? input.fileHandleForWriting.close() }

    func kill() {
        if process.isRunning { Foundation.kill(process.processIdentifier, SIGKILL) }
        process.waitUntilExit()
    }

    /// Waits for the process to exit; nil when it has not within `seconds` (then it is killed).
    func wait(seconds: Double) -> Int32? {
        let deadline = Date().addingTimeInterval(seconds)
        while process.isRunning && Date() < deadline { usleep(20_000) }
        if process.isRunning {
            kill()
            return nil
        }
        _ = drained.wait(timeout: .now() + 5)
        return process.terminationStatus
    }

    /// Polls `condition` every 20 ms for up to `seconds`; true when it held.
    static func waitUntil(seconds: Double, _ condition: () -> Bool) -> Bool {
        let deadline = Date().addingTimeInterval(seconds)
        while Date() < deadline {
            if condition() { return true }
            usleep(20_000)
        }
        return condition()
    }
}
