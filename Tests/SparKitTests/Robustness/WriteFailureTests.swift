import Foundation
@testable import SparKit
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// A trainer told "permission denied" on a read-only disk looks for the wrong fix: every writer
/// (transcripts, CSV/HTML/xAPI files, class exports) reports the cause the system gave.
@Suite struct WriteFailureTests {
    @Test func aReadOnlyDiskIsSaidToBeReadOnly() {
        let failure = WriteFailure(path: "/mnt/usb/t.jsonl", code: EROFS)
        #expect(failure.description == "cannot write /mnt/usb/t.jsonl: the disk is read-only")
        #expect(!failure.description.contains("permission"))
    }

    @Test func eachCauseHasItsOwnWords() {
        #expect(WriteFailure(path: "x", code: EACCES).reason == "no permission to write there")
        #expect(WriteFailure(path: "x", code: EPERM).reason == "no permission to write there")
        #expect(WriteFailure(path: "x", code: ENOSPC).reason == "the disk is full")
        #expect(WriteFailure(path: "x", code: EDQUOT).reason == "the disk is full")
        #expect(WriteFailure(path: "x", code: ENOENT).reason == "its folder does not exist")
    }

    /// The errors Foundation throws (FileManager, FileHandle, Data.write) carry the errno underneath
    /// a Cocoa code; both are read, the errno first.
    @Test func foundationsErrorsAreReadForTheirErrno() {
        let readOnly = NSError(domain: NSCocoaErrorDomain, code: CocoaError.fileWriteVolumeReadOnly.rawValue,
                               userInfo: [NSUnderlyingErrorKey: NSError(domain: NSPOSIXErrorDomain, code: Int(EROFS))])
        #expect(WriteFailure(path: "x", error: readOnly).code == EROFS)
        #expect(WriteFailure(path: "x", error: CocoaError(.fileWriteVolumeReadOnly)).code == EROFS)
        #expect(WriteFailure(path: "x", error: CocoaError(.fileWriteOutOfSpace)).code == ENOSPC)
        #expect(WriteFailure(path: "x", error: POSIXError(.EROFS)).code == EROFS)
    }

    /// A real failure through FileManager: the folder's parent is a file.
    @Test func aRealFoundationFailureKeepsItsCause() throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("spar-write-\(UUID().uuidString)").path
        try Data("x".utf8).write(to: URL(fileURLWithPath: file))
        defer { try? FileManager.default.removeItem(atPath: file) }
        do {
            _ = try TranscriptWriter(directory: file + "/transcripts", fileName: "t.jsonl")
            Issue.record("a folder was created under a file")
        } catch let failure as WriteFailure {
            #expect(failure.code == ENOTDIR)
            #expect(failure.description.hasSuffix("part of the path is a file, not a folder"))
        }
    }

    /// The transcript writer's own open(2) keeps its errno: a file where a folder should be.
    @Test func theTranscriptWriterReportsWhatOpenSaid() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("spar-write-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder + "/t.jsonl", withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        #expect(throws: WriteFailure(path: folder + "/t.jsonl", code: EISDIR)) {
            _ = try TranscriptWriter(appendingTo: folder + "/t.jsonl")
        }
    }
}
