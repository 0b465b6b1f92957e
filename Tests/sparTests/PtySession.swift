import Foundation

/// Runs the built `spar` on a pseudo-terminal through `Tests/Fixtures/pty-session.py`, for what
/// only a terminal does: readline, Ctrl-C, TERM, the window's width.
struct PtySession {
    var columns = 80
    var environment: [String: String] = [:]

    enum Step {
        case expect(String)
        case send(String)
        /// A file's bytes typed in pieces: a paste too long for a command-line argument.
        case sendFile(String)
        case sleep(Double)
        /// Runs a command to its end (its words split as a shell would) while the terminal waits.
        case run([String])

        var argument: String {
            switch self {
            case .expect(let text): "expect:" + Self.escaped(text)
            case .send(let text): "send:" + Self.escaped(text)
            case .sendFile(let path): "sendfile:" + Self.escaped(path)
            case .sleep(let seconds): "sleep:\(seconds)"
            case .run(let words): "run:" + Self.escaped(words.map { "'" + $0.replacingOccurrences(of: "'", with: "'\\''") + "'" }.joined(separator: " "))
            }
        }

        /// The driver reads Python escapes: backslashes and control characters are spelled out.
        static func escaped(_ text: String) -> String {
            text.unicodeScalars.map { scalar -> String in
                if scalar == "\\" { return "\\\\" }
                if scalar.value < 0x20 || scalar.value == 0x7F { return String(format: "\\x%02x", scalar.value) }
                return String(scalar)
            }.joined()
        }
    }

    func run(_ arguments: [String], steps: [Step]) throws -> SparBinary.Result {
        var driver = ["Tests/Fixtures/pty-session.py", "--cols", "\(columns)"]
        for (name, value) in environment { driver += ["--env", "\(name)=\(value)"] }
        driver += steps.map(\.argument) + ["--", SparBinary.executable.path] + arguments
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3"] + driver
        process.currentDirectoryURL = SparBinary.packageRoot
        var environment = ProcessInfo.processInfo.environment
        environment.removeValue(forKey: "NO_COLOR")
        environment["TERM"] = environment["TERM"] ?? "xterm-256color"
        process.environment = environment
        let stdout = Pipe(), stderr = Pipe()
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = stdout
        process.standardError = stderr
        try process.run()
        let errors = ErrorCollector(stderr.fileHandleForReading)
        let out = stdout.fileHandleForReading.readDataToEndOfFile()
        let err = errors.wait()
        process.waitUntilExit()
        return SparBinary.Result(status: process.terminationStatus, stdout: String(decoding: out, as: UTF8.self),
                                 stderr: String(decoding: err, as: UTF8.self))
    }

    /// The screen's text: colour and cursor sequences and carriage returns removed.
    static func plain(_ output: String) -> String {
        output.replacingOccurrences(of: "\u{1B}\\[[0-9;?]*[A-Za-z]", with: "", options: .regularExpression)
            .replacingOccurrences(of: "\r", with: "")
    }
}
