import Synchronization

#if canImport(Glibc)
@preconcurrency import Glibc
#elseif canImport(Musl)
@preconcurrency import Musl
#elseif canImport(Darwin)
@preconcurrency import Darwin
#endif

/// Output that other threads want printed while readline shows a prompt (a server's notice
/// arriving while the trainee types). Readline may only be driven from the thread reading the
/// line, so the output is queued and that thread is woken through a pipe; it prints the output
/// above the prompt and draws the prompt again with the half-typed line as it was. When no line is
/// being read the output is printed at once, by the caller.
final class PromptInterjections: Sendable {
    private struct State {
        var reading = false
        var queued: [@Sendable () -> Void] = []
    }

    private let state = Mutex(State())
    let readDescriptor: Int32
    private let writeDescriptor: Int32

    /// Nil if the process is out of descriptors.
    init?() {
        var descriptors: [Int32] = [-1, -1]
        guard pipe(&descriptors) == 0 else { return nil }
        for fd in descriptors {
            _ = fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) | O_NONBLOCK)
            _ = fcntl(fd, F_SETFD, FD_CLOEXEC)
        }
        readDescriptor = descriptors[0]
        writeDescriptor = descriptors[1]
    }

    deinit {
        close(readDescriptor)
        close(writeDescriptor)
    }

    /// From any thread: `draw` prints whole lines. Run now when no prompt is shown (holding off
    /// a prompt about to be shown), otherwise queued for the reading thread.
    func submit(_ draw: @escaping @Sendable () -> Void) {
        state.withLock { state in
            guard state.reading else {
                draw()
                fflush(nil)
                return
            }
            state.queued.append(draw)
            var byte: UInt8 = 1
            _ = write(writeDescriptor, &byte, 1)
        }
    }

    /// The reading thread shows its prompt (`showPrompt`) and from then on output is queued.
    func beginReading(_ showPrompt: () -> Void) {
        state.withLock { state in
            state.reading = true
            showPrompt()
        }
    }

    /// The reading thread is done with the prompt; returns what is still queued, to print now.
    func endReading() -> [@Sendable () -> Void] {
        drainPipe()
        return state.withLock { state in
            state.reading = false
            defer { state.queued = [] }
            return state.queued
        }
    }

    /// What has been queued since the last call (the pipe woke the reading thread).
    func takeQueued() -> [@Sendable () -> Void] {
        drainPipe()
        return state.withLock { state in
            defer { state.queued = [] }
            return state.queued
        }
    }

    private func drainPipe() {
        var buffer = [UInt8](repeating: 0, count: 64)
        while read(readDescriptor, &buffer, buffer.count) > 0 {}
    }
}
