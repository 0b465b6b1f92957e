import Foundation

/// Appends transcript lines to a file and flushes each to disk at once, so a killed session loses nothing.
public final class TranscriptWriter {
    public let path: String
    private let handle: FileHandle

    /// Creates the folder if needed and a new file named after the trainee, scenario and time.
    public init(directory: String, fileName: String) throws {
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        path = (directory as NSString).appendingPathComponent(fileName)
        guard FileManager.default.createFile(atPath: path, contents: nil) else {
            throw CocoaError(.fileWriteNoPermission, userInfo: [NSFilePathErrorKey: path])
        }
        handle = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
    }

    public func write<T: Encodable>(_ value: T) throws {
        try handle.write(contentsOf: Data((TranscriptCoding.line(value) + "\n").utf8))
        try handle.synchronize()
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
}
