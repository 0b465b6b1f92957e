import Synchronization

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Turns Ctrl-C and window resizes into bytes on a pipe (the self-pipe trick),
/// so the line-reading loop can wait on the keyboard and the signals together
/// without a race between checking a flag and going to sleep.
struct SignalWakeup {
    enum Event {
        case interrupt
        case resize
    }

    fileprivate static let interruptByte: UInt8 = 0x49  // "I"
    fileprivate static let resizeByte: UInt8 = 0x57  // "W"

    /// The write end, read from the signal handlers; an atomic is async-signal-safe.
    fileprivate static let writeDescriptor = Atomic<Int32>(-1)

    let readDescriptor: Int32

    /// One pipe for the whole process, since the signal handlers are process-wide too.
    /// Nil if the process is out of descriptors.
    static let shared = SignalWakeup()

    private init?() {
        var descriptors: [Int32] = [-1, -1]
        guard pipe(&descriptors) == 0 else { return nil }
        for fd in descriptors {
            _ = fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) | O_NONBLOCK)
            _ = fcntl(fd, F_SETFD, FD_CLOEXEC)
        }
        readDescriptor = descriptors[0]
        Self.writeDescriptor.store(descriptors[1], ordering: .sequentiallyConsistent)
    }

    /// Empties the pipe and reports what arrived, interrupts first.
    func drain() -> [Event] {
        var events: [Event] = []
        var buffer = [UInt8](repeating: 0, count: 64)
        while true {
            let count = read(readDescriptor, &buffer, buffer.count)
            guard count > 0 else { break }
            for byte in buffer[0..<count] {
                if byte == Self.interruptByte, !events.contains(.interrupt) { events.insert(.interrupt, at: 0) }
                if byte == Self.resizeByte, !events.contains(.resize) { events.append(.resize) }
            }
        }
        return events
    }

    /// Routes SIGINT and SIGWINCH to the pipe until `restore` is called with the result.
    /// No SA_RESTART, so a blocking poll() returns promptly.
    func installHandlers() -> PreviousSignalHandlers {
        PreviousSignalHandlers(
            interrupt: install(forwardInterrupt, for: SIGINT),
            resize: install(forwardResize, for: SIGWINCH))
    }

    func restore(_ previous: PreviousSignalHandlers) {
        var interrupt = previous.interrupt
        var resize = previous.resize
        _ = sigaction(SIGINT, &interrupt, nil)
        _ = sigaction(SIGWINCH, &resize, nil)
    }

    private func install(_ handler: @escaping @convention(c) (Int32) -> Void, for signal: Int32) -> sigaction {
        var action = sigaction()
        #if canImport(Darwin)
        action.__sigaction_u.__sa_handler = handler
        #else
        action.__sigaction_handler.sa_handler = handler
        #endif
        sigemptyset(&action.sa_mask)
        action.sa_flags = 0
        var previous = sigaction()
        _ = sigaction(signal, &action, &previous)
        return previous
    }
}

/// The handlers that were in place before the line editor took over.
struct PreviousSignalHandlers {
    fileprivate var interrupt: sigaction
    fileprivate var resize: sigaction
}

private func forwardInterrupt(_ signal: Int32) {
    writeWakeupByte(SignalWakeup.interruptByte)
}

private func forwardResize(_ signal: Int32) {
    writeWakeupByte(SignalWakeup.resizeByte)
}

/// Runs inside a signal handler: only write(2) and an atomic load, and errno is preserved.
private func writeWakeupByte(_ byte: UInt8) {
    let savedErrno = errno
    let fd = SignalWakeup.writeDescriptor.load(ordering: .relaxed)
    if fd >= 0 {
        var value = byte
        _ = write(fd, &value, 1)
    }
    errno = savedErrno
}
