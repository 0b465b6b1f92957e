import ArgumentParser
import Foundation

/// A file written piece by piece as sessions are read (CSV rows, xAPI statements), or stdout for "-".
final class OutputFile {
    let path: String
    private let handle: FileHandle
    private let closesHandle: Bool

    init(path: String) throws {
        self.path = path
        if path == "-" {
            handle = .standardOutput
            closesHandle = false
            return
        }
        guard FileManager.default.createFile(atPath: path, contents: nil),
              let opened = FileHandle(forWritingAtPath: path) else {
            throw CocoaError(.fileWriteNoPermission, userInfo: [NSFilePathErrorKey: path])
        }
        handle = opened
        closesHandle = true
    }

    func write(_ text: String) { handle.write(Data(text.utf8)) }

    func close() {
        if closesHandle { try? handle.close() }
    }

    /// Opens for a command, or ends it with a clear message and status 1.
    static func open(_ path: String, command: String) throws -> OutputFile {
        do {
            return try OutputFile(path: path)
        } catch {
            Console.error("spar \(command): cannot write \(path)")
            throw ExitCode(1)
        }
    }
}
