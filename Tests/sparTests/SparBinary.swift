import Foundation

/// Runs the built `spar` binary the way a person or a script would: arguments, piped stdin, no TTY.
struct SparBinary {
    static let packageRoot: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// A child that exits before reading all its input closes the pipe; writing on must then fail
    /// with EPIPE, not kill the whole test process with SIGPIPE.
    private static let brokenPipesIgnored: Void = { signal(SIGPIPE, SIG_IGN) }()

    /// The trainee's binary, or the developer tools built beside it.
    enum Program: String {
        case spar
        case sparDev = "spar-dev"
    }

    static var executable: URL { executable(.spar) }

    /// `$SPAR_BINARY` (and `spar-dev` in its folder), else the debug build.
    static func executable(_ program: Program) -> URL {
        brokenPipesIgnored
        let environment = ProcessInfo.processInfo.environment
        if let override = environment["SPAR_BINARY"] {
            let spar = URL(fileURLWithPath: override)
            return program == .spar ? spar : spar.deletingLastPathComponent().appendingPathComponent(program.rawValue)
        }
        return packageRoot.appendingPathComponent(".build/debug/\(program.rawValue)")
    }

    struct Result {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    static func run(_ arguments: [String], input: String = "", environment extra: [String: String] = [:],
                    directory: URL? = nil, program: Program = .spar) throws -> Result {
        try run(arguments, bytes: Data(input.utf8), environment: extra, directory: directory, program: program)
    }

    /// Like `run`, with stdin given as raw bytes (invalid UTF-8, a line with no newline…).
    static func run(_ arguments: [String], bytes input: Data, environment extra: [String: String] = [:],
                    directory: URL? = nil, program: Program = .spar) throws -> Result {
        let process = Process()
        process.executableURL = executable(program)
        process.arguments = arguments
        process.currentDirectoryURL = directory ?? packageRoot
        var environment = ProcessInfo.processInfo.environment
        environment.removeValue(forKey: "NO_COLOR")
        for (key, value) in extra { environment[key] = value }
        process.environment = environment
        let stdin = Pipe(), stdout = Pipe(), stderr = Pipe()
        process.standardInput = stdin
        process.standardOutput = stdout
        process.standardError = stderr
        try process.run()
        // Written from another thread: a large input must not wait on output no one is reading yet.
        let writer = stdin.fileHandleForWriting
        let fed = DispatchSemaphore(value: 0)
        DispatchQueue.global().async {
            try? writer.write(contentsOf: input)
            try? writer.close()
            fed.signal()
        }
        let errors = ErrorCollector(stderr.fileHandleForReading)
        let out = stdout.fileHandleForReading.readDataToEndOfFile()
        let err = errors.wait()
        fed.wait()
        process.waitUntilExit()
        return Result(status: process.terminationStatus, stdout: String(decoding: out, as: UTF8.self),
                      stderr: String(decoding: err, as: UTF8.self))
    }

    static func temporaryDirectory() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("spar-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}

/// Reads a pipe to its end on another thread, so a chatty stderr cannot block the process.
final class ErrorCollector: @unchecked Sendable {
    private var data = Data()
    private let done = DispatchSemaphore(value: 0)

    init(_ handle: FileHandle) {
        DispatchQueue.global().async {
            self.data = handle.readDataToEndOfFile()
            self.done.signal()
        }
    }

    func wait() -> Data {
        done.wait()
        return data
    }
}
