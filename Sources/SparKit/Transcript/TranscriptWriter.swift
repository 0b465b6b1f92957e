import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Appends transcript lines to a file and flushes each to disk at once, so a killed session loses nothing.
/// Holds an exclusive lock on the file while open, so two spar processes never write one transcript.
public final class TranscriptWriter {
    public let path: String
    private let handle: FileHandle
    /// Bytes of a cut-off last line removed when an unfinished transcript was reopened.
    public private(set) var droppedBytes = 0

    /// Creates the folder if needed and a new file named after the trainee, scenario and time.
    /// An existing file is never overwritten: a second session in the same second gets `-2`, `-3`, ….
    public init(directory: String, fileName: String) throws {
        do {
            try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        } catch {
            throw WriteFailure(path: directory, error: error)
        }
        let stem = (fileName as NSString).deletingPathExtension, suffix = (fileName as NSString).pathExtension
        var attempt = 1
        while true {
            let name = attempt == 1 ? fileName : "\(stem)-\(attempt).\(suffix.isEmpty ? "jsonl" : suffix)"
            let candidate = (directory as NSString).appendingPathComponent(name)
            let descriptor = open(candidate, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
            if descriptor >= 0 {
                path = candidate
                handle = FileHandle(fileDescriptor: descriptor, closeOnDealloc: true)
                break
            }
            let failure = errno
            guard failure == EEXIST, attempt < 1_000 else { throw WriteFailure(path: candidate, code: failure) }
            attempt += 1
        }
        try Self.lock(handle, path: path)
        // The new name must reach the disk too, or a power cut could lose the whole file.
        Self.synchronizeDirectory(directory)
    }

    /// Reopens an unfinished transcript to append to it. A last line cut off mid-write (the
    /// session was killed) is removed first, so the file is whole JSON Lines again; a file whose
    /// first line is not a transcript header is left untouched.
    public init(appendingTo path: String) throws {
        self.path = path
        // Opened here rather than by FileHandle, so a read-only disk is told apart from a missing permission.
        let descriptor = open(path, O_RDWR | O_CLOEXEC)
        guard descriptor >= 0 else { throw WriteFailure(path: path, code: errno) }
        handle = FileHandle(fileDescriptor: descriptor, closeOnDealloc: true)
        do {
            try Self.lock(handle, path: path)
            let data = try handle.readToEnd() ?? Data()
            guard Self.startsWithHeader(data) else { throw TranscriptFileError.notATranscript(path) }
            let tail = Self.tornTail(of: data)
            try handle.truncate(atOffset: UInt64(data.count - tail.drop))
            try handle.seekToEnd()
            if tail.completeLine { try handle.write(contentsOf: Data("\n".utf8)) }
            try handle.synchronize()
            droppedBytes = tail.drop
        } catch let error as TranscriptFileError {
            try? handle.close()
            throw error
        } catch {
            try? handle.close()
            throw WriteFailure(path: path, error: error)
        }
    }

    public func write<T: Encodable>(_ value: T) throws {
        try write(lines: [TranscriptCoding.line(value)])
    }

    /// Appends whole lines with one write and one sync.
    public func write(lines: [String]) throws {
        guard !lines.isEmpty else { return }
        do {
            try handle.write(contentsOf: Data(lines.map { $0 + "\n" }.joined().utf8))
            try handle.synchronize()
        } catch {
            throw WriteFailure(path: path, error: error)
        }
    }

    public func close() { try? handle.close() }

    deinit { try? handle.close() }

    /// `2026-11-22T15-31-07_测试_valve-retrofit.jsonl`: sorts by time, safe on every file system.
    public static func fileName(trainee: String, scenario: String, date: Date) -> String {
        let unsafe = CharacterSet(charactersIn: "/\\:*?\"<>|").union(.whitespacesAndNewlines).union(.controlCharacters)
        func safe(_ text: String) -> String {
            String(text.unicodeScalars.map { unsafe.contains($0) ? "_" : Character($0) }.prefix(40))
        }
        return "\(UTCStamp.fileStamp(date))_\(safe(trainee))_\(safe(scenario)).jsonl"
    }

    // MARK: - Reopening

    /// What follows the last newline: bytes to drop when they are not a whole record, or a whole
    /// record that only lacks its newline (the kill fell between the two).
    static func tornTail(of data: Data) -> (drop: Int, completeLine: Bool) {
        let lastNewline = data.lastIndex(of: UInt8(ascii: "\n")).map { $0 + 1 } ?? data.startIndex
        let tail = data[lastNewline...]
        guard tail.contains(where: { $0 != UInt8(ascii: " ") && $0 != UInt8(ascii: "\t") && $0 != UInt8(ascii: "\r") })
        else { return (0, false) }
        struct Kind: Decodable { var type: String }
        if (try? JSONDecoder().decode(Kind.self, from: Data(tail))) != nil { return (0, true) }
        return (tail.count, false)
    }

    static func startsWithHeader(_ data: Data) -> Bool {
        let firstLine = data.prefix { $0 != UInt8(ascii: "\n") }
        struct Kind: Decodable { var type: String }
        return (try? JSONDecoder().decode(Kind.self, from: Data(firstLine)))?.type == "header"
    }

    // MARK: - The file system

    private static func lock(_ handle: FileHandle, path: String) throws {
        if flock(handle.fileDescriptor, LOCK_EX | LOCK_NB) != 0 { throw TranscriptFileError.inUse(path) }
    }

    /// True when another process holds the file's lock: a session still being played.
    public static func isInUse(_ path: String) -> Bool {
        let descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else { return false }
        defer { closeDescriptor(descriptor) }
        if flock(descriptor, LOCK_SH | LOCK_NB) != 0 { return true }
        flock(descriptor, LOCK_UN)
        return false
    }

    private static func synchronizeDirectory(_ directory: String) {
        let descriptor = open(directory, O_RDONLY)
        guard descriptor >= 0 else { return }
        fsync(descriptor)
        closeDescriptor(descriptor)
    }
}

/// `close(2)`, out of reach inside the class whose own `close()` hides it.
private func closeDescriptor(_ descriptor: Int32) { _ = close(descriptor) }
