import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A WebSocket spoken by hand over a blocking socket, for what a well-behaved client library will
/// not send (a frame far over the server's limit) and to watch exactly how the server ends it.
struct RawWebSocket {
    let socket: Int32

    init(port: Int) throws {
        socket = Glibc.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(socket, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard connected == 0 else { throw POSIXError(.ECONNREFUSED) }
        var timeout = timeval(tv_sec: 20, tv_usec: 0)
        setsockopt(socket, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        setsockopt(socket, SOL_SOCKET, SO_SNDTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        send(Array("GET /ws HTTP/1.1\r\nHost: localhost\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n\r\n".utf8))
        _ = receive()
    }

    /// Sends as much as the peer takes; false when it stopped taking it (closed or reset).
    @discardableResult
    func send(_ bytes: [UInt8]) -> Bool {
        var offset = 0
        while offset < bytes.count {
            let sent = bytes[offset...].withUnsafeBytes { Glibc.send(socket, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
            if sent <= 0 { return false }
            offset += sent
        }
        return true
    }

    /// A masked text frame, as a client must send it.
    func sendText(_ text: String) -> Bool {
        let payload = Array(text.utf8)
        var frame: [UInt8] = [0x81]
        switch payload.count {
        case ..<126: frame.append(0x80 | UInt8(payload.count))
        case ..<65_536: frame += [0x80 | 126, UInt8(payload.count >> 8), UInt8(payload.count & 0xff)]
        default: frame += [0x80 | 127] + (0..<8).reversed().map { UInt8((payload.count >> ($0 * 8)) & 0xff) }
        }
        let mask: [UInt8] = [1, 2, 3, 4]
        frame += mask
        frame += payload.enumerated().map { $0.element ^ mask[$0.offset % 4] }
        return send(frame)
    }

    /// What the server sent next; empty when it closed the connection.
    func receive() -> [UInt8] {
        var buffer = [UInt8](repeating: 0, count: 65_536)
        let count = recv(socket, &buffer, buffer.count, 0)
        return count > 0 ? Array(buffer[..<count]) : []
    }

    /// Reads until the server ends the connection; the close code it sent, if any.
    /// Frames are read whole, header by header: a byte 0x88 inside a text frame (Chinese text
    /// is full of them) is not a close frame.
    func closeCode() -> UInt16? {
        var pending: [UInt8] = []
        var code: UInt16?
        while true {
            let bytes = receive()
            if bytes.isEmpty { return code }
            pending += bytes
            while let frame = Self.frame(in: pending) {
                let payload = Array(frame.payload)
                if frame.opcode == 0x8, payload.count >= 2 {
                    code = UInt16(payload[0]) << 8 | UInt16(payload[1])
                }
                pending.removeFirst(frame.length)
            }
        }
    }

    /// The first whole (unmasked, server-sent) frame in `bytes`: its opcode, payload and length.
    static func frame(in bytes: [UInt8]) -> (opcode: UInt8, payload: ArraySlice<UInt8>, length: Int)? {
        guard bytes.count >= 2 else { return nil }
        var header = 2
        var size = Int(bytes[1] & 0x7F)
        if size == 126 {
            guard bytes.count >= 4 else { return nil }
            size = Int(bytes[2]) << 8 | Int(bytes[3])
            header = 4
        } else if size == 127 {
            guard bytes.count >= 10 else { return nil }
            size = bytes[2..<10].reduce(0) { $0 << 8 | Int($1) }
            header = 10
        }
        guard bytes.count >= header + size else { return nil }
        return (bytes[0] & 0x0F, bytes[header..<(header + size)], header + size)
    }

    func close() { Glibc.close(socket) }
}
