@preconcurrency import CReadline
import Synchronization

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Interactive line editing with GNU readline: arrow keys, Chinese input,
/// Tab completion, persistent history, and Ctrl-C that clears the line
/// instead of ending the session.
///
/// Readline is one global state machine, so use a single instance at a time.
public final class ReadlineEditor: LineEditor {
    private var history: ReadlineHistory
    private let interjections = PromptInterjections()

    /// Where history is kept ("~" expanded), or nil if it is not saved.
    public var historyFile: String? { history.file }

    /// - Parameters:
    ///   - historyFile: loaded now, written by `saveHistory()`; its directory is created when saving.
    ///   - completions: given the word before the cursor, returns candidates;
    ///     only those starting with the word are offered.
    public convenience init(historyFile: String?, completions: @escaping @Sendable (String) -> [String]) {
        self.init(historyFile: historyFile, completer: { request in completions(request.word) })
    }

    /// Like `init(historyFile:completions:)`, but the completer also sees the whole
    /// line, e.g. to offer A/B/C/D only after "/classify ".
    public init(historyFile: String?, completer: @escaping @Sendable (CompletionRequest) -> [String]) {
        TerminalLocale.activate()
        ReadlineEditor.configureReadline()
        ReadlineCompletion.install(completer)
        history = ReadlineHistory(file: historyFile)
    }

    public func readLine(prompt: String) -> LineReadResult {
        // Anything the REPL printed must appear before the prompt.
        fflush(stdout)
        guard let wakeup = SignalWakeup.shared else { return readWithoutSignalHandling(prompt: prompt) }
        _ = wakeup.drain()
        let previousHandlers = wakeup.installHandlers()
        defer { wakeup.restore(previousHandlers) }

        LineHandoff.result.withLock { $0 = nil }
        rl_reset_screen_size()
        let showPrompt = { rl_callback_handler_install(Self.readlineSafePrompt(prompt), acceptLine) }
        if let interjections { interjections.beginReading(showPrompt) } else { showPrompt() }
        defer {
            rl_callback_handler_remove()
            // Output that came as the line was finished goes below it.
            if let interjections { drawNow(interjections.endReading()) }
        }

        while true {
            if let result = LineHandoff.result.withLock({ $0 }) { return finish(result) }
            var descriptors = [
                pollfd(fd: STDIN_FILENO, events: Int16(POLLIN), revents: 0),
                pollfd(fd: wakeup.readDescriptor, events: Int16(POLLIN), revents: 0),
                pollfd(fd: interjections?.readDescriptor ?? -1, events: Int16(POLLIN), revents: 0),
            ]
            if poll(&descriptors, nfds_t(descriptors.count), -1) < 0 {
                if errno == EINTR { continue }  // the signal's byte is waiting in the pipe
                return finish(.endOfInput)
            }
            for event in wakeup.drain() {
                switch event {
                case .interrupt:
                    abandonLine()
                    return .interrupted
                case .resize:
                    rl_resize_terminal()
                }
            }
            if descriptors[2].revents != 0, let interjections { printAboveLine(interjections.takeQueued()) }
            let keyboard = descriptors[0].revents
            if keyboard & Int16(POLLNVAL) != 0 { return finish(.endOfInput) }
            if keyboard & Int16(POLLIN | POLLHUP | POLLERR) != 0 { rl_callback_read_char() }
        }
    }

    public func printAbovePrompt(_ draw: @escaping @Sendable () -> Void) {
        if let interjections { interjections.submit(draw) } else { draw() }
    }

    /// Clears the prompt and the line being edited, prints, then draws them again below with the
    /// cursor where it was: the trainee goes on typing as if nothing had happened.
    private func printAboveLine(_ draws: [@Sendable () -> Void]) {
        guard !draws.isEmpty else { return }
        rl_clear_visible_line()
        fflush(rl_outstream)
        drawNow(draws)
        rl_forced_update_display()
        fflush(rl_outstream)
    }

    private func drawNow(_ draws: [@Sendable () -> Void]) {
        for draw in draws { draw() }
        fflush(nil)
    }

    public func addToHistory(_ line: String) {
        history.add(line)
    }

    public func saveHistory() {
        history.save()
    }

    /// Settings that apply to every instance; readline reads them when it starts a line.
    private static func configureReadline() {
        rl_readline_name = UnsafePointer(strdup("spar"))
        rl_instream = stdin
        rl_outstream = stdout
        // We handle Ctrl-C and resizes ourselves (see SignalWakeup).
        rl_catch_signals = 0
        rl_catch_sigwinch = 0
        // Keep LINES/COLUMNS untouched so Terminal.columns sees the real environment.
        rl_change_environment = 0
    }

    private func finish(_ result: LineReadResult) -> LineReadResult {
        if result == .endOfInput && !Self.readlineEndsLineOnEOF {
            // Ctrl-D leaves the cursor after the prompt; later output should start on a fresh line.
            rl_crlf()
            fflush(rl_outstream)
        }
        return result
    }

    /// With bracketed paste on (readline's default on a terminal), readline
    /// itself prints a newline when it sees end of input.
    private static var readlineEndsLineOnEOF: Bool {
        guard isatty(STDIN_FILENO) != 0, let value = rl_variable_value("enable-bracketed-paste") else { return false }
        return String(cString: value) == "on"
    }

    /// Ctrl-C: leave what was typed visible with "^C" after it, like a shell,
    /// then drop it from readline's state.
    private func abandonLine() {
        rl_callback_sigcleanup()
        rl_free_line_state()
        rl_point = rl_end
        rl_redisplay()
        fputs("^C", rl_outstream)
        rl_crlf()
        fflush(rl_outstream)
        rl_replace_line("", 0)
        rl_point = 0
        rl_mark = 0
    }

    /// Fallback when no wakeup pipe could be made: plain blocking readline.
    private func readWithoutSignalHandling(prompt: String) -> LineReadResult {
        guard let line = CReadline.readline(Self.readlineSafePrompt(prompt)) else { return finish(.endOfInput) }
        defer { free(line) }
        return .line(String(cString: line))
    }
}

/// Carries the finished line out of readline's C callback.
private enum LineHandoff {
    static let result = Mutex<LineReadResult?>(nil)
}

/// Readline's line handler: called once with the accepted line, or NULL on Ctrl-D / EOF.
private func acceptLine(_ line: UnsafeMutablePointer<CChar>?) {
    // Removing the handler here stops readline from printing the next prompt itself.
    rl_callback_handler_remove()
    let result: LineReadResult
    if let line {
        result = .line(String(cString: line))
        free(line)
    } else {
        result = .endOfInput
    }
    LineHandoff.result.withLock { $0 = result }
}
