@preconcurrency import CReadline
import Synchronization

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Bridges readline's Tab completion (plain C callbacks that cannot capture
/// anything) to a Swift closure kept in process-wide storage.
enum ReadlineCompletion {
    typealias Completer = @Sendable (CompletionRequest) -> [String]

    /// Readline's defaults without "/", so slash commands are one word.
    /// Multibyte characters never match these single bytes, so Chinese words
    /// complete as a whole.
    static let wordBreakCharacters = " \t\n\"\\'`@$><=;|&{("

    fileprivate static let completer = Mutex<Completer?>(nil)
    fileprivate static let pendingMatches = Mutex<(matches: [String], next: Int)>(([], 0))

    static func install(_ completer: @escaping Completer) {
        self.completer.withLock { $0 = completer }
        // Readline keeps this pointer for the life of the process.
        rl_completer_word_break_characters = UnsafePointer(strdup(wordBreakCharacters))
        rl_attempted_completion_function = attemptCompletion
    }

    /// Candidates that extend `word`, de-duplicated in the completer's order.
    /// Anything else would make readline replace the typed word with the
    /// (possibly shorter) common prefix of unrelated candidates.
    static func matches(for request: CompletionRequest, from candidates: [String]) -> [String] {
        var seen = Set<String>()
        return candidates.filter { $0.hasPrefix(request.word) && seen.insert($0).inserted }
    }
}

/// Called by readline on Tab with the word being completed and its byte range in the line.
private func attemptCompletion(
    _ text: UnsafePointer<CChar>?, _ start: Int32, _ end: Int32
) -> UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? {
    // Never fall back to file-name completion.
    rl_attempted_completion_over = 1
    guard let text, let completer = ReadlineCompletion.completer.withLock({ $0 }) else { return nil }
    let request = CompletionRequest(
        word: String(cString: text),
        line: currentLineBuffer(upTo: Int(rl_end)),
        textBeforeWord: currentLineBuffer(upTo: Int(start)))
    let matches = ReadlineCompletion.matches(for: request, from: completer(request))
    guard !matches.isEmpty else { return nil }
    ReadlineCompletion.pendingMatches.withLock { $0 = (matches, 0) }
    return rl_completion_matches(text, nextCompletionMatch)
}

/// Readline's generator protocol: state 0 starts over, then one malloc'd match per call until NULL.
private func nextCompletionMatch(_ text: UnsafePointer<CChar>?, _ state: Int32) -> UnsafeMutablePointer<CChar>? {
    ReadlineCompletion.pendingMatches.withLock { pending in
        if state == 0 { pending.next = 0 }
        guard pending.next < pending.matches.count else { return nil }
        defer { pending.next += 1 }
        return strdup(pending.matches[pending.next])
    }
}

private func currentLineBuffer(upTo byteCount: Int) -> String {
    guard let buffer = rl_line_buffer, byteCount > 0 else { return "" }
    let bytes = UnsafeRawBufferPointer(start: buffer, count: byteCount)
    return String(decoding: bytes, as: UTF8.self)
}
