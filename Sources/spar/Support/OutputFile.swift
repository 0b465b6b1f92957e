import ArgumentParser
import Foundation
import SparKit
#if canImport(Glibc)
import Glibc
#endif

/// A file written piece by piece as sessions are read (CSV rows, xAPI statements), or stdout for "-".
/// A write that fails (a full or read-only disk) is kept and reported when the file is finished,
/// so a long report is not cut short silently.
final class OutputFile {
    let path: String
    private let handle: FileHandle
    private let closesHandle: Bool
    private var failure: WriteFailure?

    init(path: String) throws {
        self.path = path
        if path == "-" {
            handle = .standardOutput
            closesHandle = false
            return
        }
        // Opened here rather than by FileManager, whose Bool hides why: a read-only disk is not a permission problem.
        let descriptor = Glibc.open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw WriteFailure(path: path, code: errno) }
        handle = FileHandle(fileDescriptor: descriptor, closeOnDealloc: true)
        closesHandle = true
    }

    func write(_ text: String) {
        guard failure == nil else { return }
        do {
            try handle.write(contentsOf: Data(text.utf8))
        } catch {
            failure = WriteFailure(path: path, error: error)
        }
    }

    /// Closes the file, or ends the command with status 1 when a write failed.
    func finish(command: String) throws {
        if closesHandle { try? handle.close() }
        if let failure {
            Console.error("spar \(command): \(failure)")
            throw ExitCode(1)
        }
    }

    /// Opens for a command, or ends it with a clear message and status 1.
    static func open(_ path: String, command: String) throws -> OutputFile {
        do {
            return try OutputFile(path: path)
        } catch {
            Console.error("spar \(command): \(WriteFailure(path: path, error: error))")
            throw ExitCode(1)
        }
    }
}
