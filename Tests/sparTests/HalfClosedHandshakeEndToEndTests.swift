import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// A server killed while it answers a trainee's handshake leaves the trainee's connection
/// half-closed: the request was read, then the peer's side ended, and no upgrade ever comes. The
/// trainee must give that attempt up and go on, not wait out the whole reconnection patience.
@Suite("spar join past a server that half-closes the handshake (built binary)", .serialized)
struct HalfClosedHandshakeEndToEndTests {
    @Test("a first server that reads the handshake and half-closes it: the trainee finishes through the second",
          .timeLimit(.minutes(3)))
    func traineeGivesUpAHalfClosedHandshake() throws {
        let folder = try SparBinary.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let inputs = try SparBinary.run(["explore", "valve-retrofit", "--inputs", "best"]).stdout
            .split(separator: "\n").map(String.init)
        try #require(!inputs.isEmpty)

        let doorway = try HalfClosingListener()
        defer { doorway.stop() }
        let (server, ready) = try ClassroomEndToEndTests.startServer(
            db: folder.appendingPathComponent("class.sqlite").path,
            readyFile: folder.appendingPathComponent("ready.json").path, scenarios: ["valve-retrofit"])
        defer { server.kill() }
        let code = try #require(ready.classes.first?.code)

        let client = try BackgroundSpar(["join", code, "--server", "http://127.0.0.1:\(doorway.port)", "--server", ready.url,
                                         "--name", "doorway"],
                                        environment: ["XDG_STATE_HOME": folder.appendingPathComponent("state").path])
        defer { client.kill() }
        client.send(inputs)
        client.closeInput()
        let status = client.wait(seconds: 120)
        // Without giving the half-closed attempt up, the first connection's 10 s patience runs out
        // on it and the client stops with "cannot reach": exit 1 and no scorecard.
        #expect(status == 0, "\(client.stderr)")
        #expect(ClassroomEndToEndTests.overall(in: client.stdout) != nil, "no scorecard: \(client.stdout.suffix(400))")
        #expect(doorway.handshakesRead >= 1, "the client never tried the half-closing server first")
    }
}

/// A TCP listener on a free port that reads each connection's first bytes, then shuts its sending
/// side and keeps the socket open: what a client sees of a server killed mid-handshake.
final class HalfClosingListener: @unchecked Sendable {
    let port: Int
    private let listener: Int32
    private let lock = NSLock()
    private var read = 0
    private var accepted: [Int32] = []
    var handshakesRead: Int { lock.withLock { read } }

    init() throws {
        let listener = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                bind(listener, $0, length) == 0 && listen(listener, 8) == 0 && getsockname(listener, $0, &length) == 0
            }
        }
        guard bound else { close(listener); throw POSIXError(.EADDRNOTAVAIL) }
        self.listener = listener
        port = Int(UInt16(bigEndian: address.sin_port))
        let thread = Thread { [self] in serve() }
        thread.start()
    }

    private func serve() {
        while true {
            let connection = accept(listener, nil, nil)
            if connection < 0 { return }
            var buffer = [UInt8](repeating: 0, count: 4096)
            if recv(connection, &buffer, buffer.count, 0) > 0 { lock.withLock { read += 1 } }
            shutdown(connection, Int32(SHUT_WR))
            lock.withLock { accepted.append(connection) }
        }
    }

    func stop() {
        shutdown(listener, Int32(SHUT_RDWR))
        close(listener)
        lock.withLock { accepted.forEach { close($0) } }
    }
}
