import Foundation
import SparKit

/// Reads and checks a class's transcripts on every core for `report` and `export`: replaying each
/// session costs far more than reading it, and sessions are independent. Files are taken in windows;
/// within one, each worker reads and replays every n-th file with a checker of its own (each loads a
/// scenario once and shares the process's best scores); the window is then handed on in file order,
/// so the output is the same as one file at a time, and only a window of transcripts is ever held.
enum CheckedTranscripts {
    enum Item: Sendable {
        /// A session read; `admitted` false when the filter leaves it out (then it is not replayed).
        case transcript(VerifiedSession, path: String, admitted: Bool)
        case skipped(SkippedFile)
    }

    /// One worker's checker and what it found, touched only by that worker while a window runs.
    private final class Worker: @unchecked Sendable {
        var checker: TranscriptChecker
        var found: [Item] = []
        init(_ checker: TranscriptChecker) { self.checker = checker }
    }

    /// Files per worker in one window: enough to keep every core busy, few enough to hold.
    static let filesPerWorker = 32

    static func read(_ paths: [String], folders: [String], trust: Bool, filter: ReportFilter,
                     progress: (Int, Int) -> Void = { _, _ in }, _ body: (Item) throws -> Void) rethrows {
        let entries = TranscriptFiles.expand(paths)
        let count = max(1, min(ProcessInfo.processInfo.activeProcessorCount, 8, entries.count))
        let workers = (0..<count).map { _ in Worker(TranscriptChecker(folders: folders, trust: trust)) }
        let window = filesPerWorker * count
        var start = 0
        while start < entries.count {
            let slice = Array(entries[start..<min(start + window, entries.count)])
            DispatchQueue.concurrentPerform(iterations: count) { index in
                let worker = workers[index]
                worker.found.removeAll(keepingCapacity: true)
                for position in stride(from: index, to: slice.count, by: count) {
                    worker.found.append(check(slice[position], with: &worker.checker, filter: filter))
                }
            }
            for position in slice.indices {
                try body(workers[position % count].found[position / count])
                progress(start + position + 1, entries.count)
            }
            start += slice.count
        }
    }

    private static func check(_ entry: TranscriptFiles.Entry, with checker: inout TranscriptChecker,
                              filter: ReportFilter) -> Item {
        switch entry {
        case .missing(let path):
            return .skipped(SkippedFile(path: path, reason: "no such file or folder"))
        case .file(let path):
            switch Transcript.read(path: path) {
            case .failure(let diagnostic):
                return .skipped(SkippedFile(path: path, reason: TranscriptStream.reason(diagnostic)))
            case .success(let transcript):
                // Sessions outside the filter are only counted as such: no need to replay them.
                guard filter.admits(transcript.header) else {
                    return .transcript(VerifiedSession(transcript: transcript, verification: .trusted), path: path, admitted: false)
                }
                return .transcript(checker.check(transcript, path: path), path: path, admitted: true)
            }
        }
    }
}
