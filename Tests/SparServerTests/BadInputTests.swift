import Foundation
import HummingbirdWSClient
import NIOCore
import SparClassroom
@testable import SparServer
import SparKit
import Testing

/// Whatever a client sends, it gets a clear answer and the server goes on serving everyone else.
@Suite("Bad input over the socket")
struct BadInputTests {
    private func firstError(_ transcript: WireTrainee.Transcript) -> (ServerMessage.Rejection, String)? {
        for message in transcript.messages { if case .error(let reason, let text) = message { return (reason, text) } }
        return nil
    }

    private func rejections(_ transcript: WireTrainee.Transcript) -> [ServerMessage.Rejection] {
        transcript.messages.compactMap { if case .rejected(_, let reason, _, _) = $0 { reason } else { nil } }
    }

    @Test("an unknown code, a first message that is not a hello, or not JSON: a clear error, then the close", .timeLimit(.minutes(5)))
    func refusedHellos() async throws {
        let classroom = try TestClassroom.make()
        defer { classroom.remove() }
        try await classroom.server.withRunning { port in
            let unknown = try await WireTrainee(port: port, code: "ZZZZZZ").exchange { _ in false }
            #expect(firstError(unknown)?.0 == .unknownCode)
            #expect(firstError(unknown)?.1.contains("ZZZZZZ") == true)
            let garbage = try await WireTrainee(port: port, code: classroom.code).exchange(hello: "{not json") { _ in false }
            #expect(firstError(garbage)?.0 == .malformed)
            let lineFirst = try await WireTrainee(port: port, code: classroom.code)
                .exchange(hello: ClientMessage.line(sequence: 1, text: "hi").json) { _ in false }
            #expect(firstError(lineFirst)?.0 == .notJoined)
        }
    }

    @Test("malformed messages, binary frames and a too-long line are refused one by one; the seat plays on", .timeLimit(.minutes(5)))
    func malformedAfterJoining() async throws {
        let classroom = try TestClassroom.make()
        defer { classroom.remove() }
        let longLine = String(repeating: "价", count: 8_000)  // 24,000 bytes: over the line limit, under the frame limit
        let frames: [WebSocketOutboundWriter.OutboundFrame] = [
            .text("{\"type\":\"line\"}"), .text("[1,2,3]"), .text("{\"type\":\"dance\"}"), .binary(ByteBuffer(bytes: [0, 1, 2])),
            .text(ClientMessage.line(sequence: 1, text: longLine).json), .text(ClientMessage.line(sequence: 2, text: "/status").json),
        ]
        try await classroom.server.withRunning { port in
            let transcript = try await WireTrainee(port: port, code: classroom.code).exchange(frames: frames) { frames in
                frames.contains { $0.contains("\"type\":\"output\"") && $0.contains("\"seq\":2") }
            }
            #expect(rejections(transcript) == [.malformed, .malformed, .malformed, .malformed, .tooLong])
            #expect(firstError(transcript) == nil)
        }
    }

    @Test("a message over the frame limit closes that connection (1009); other trainees play to the end", .timeLimit(.minutes(5)))
    func megabytePaste() async throws {
        let classroom = try TestClassroom.make()
        defer { classroom.remove() }
        let megabyte = ClientMessage.line(sequence: 1, text: String(repeating: "a", count: 1 << 20)).json
        let inputs = classroom.bestInputs
        try await classroom.server.withRunning { port in
            let code = classroom.code
            let paster = Task.detached { () -> UInt16? in
                let socket = try RawWebSocket(port: port)
                defer { socket.close() }
                _ = socket.sendText(ClientMessage.hello(.init(code: code, name: "paster", seat: nil)).json)
                _ = socket.receive()
                _ = socket.sendText(megabyte)
                return socket.closeCode()
            }
            // The server ends the connection: with the close code for a message too big, unless the
            // reset that follows it arrives first.
            let closeCode = try await paster.value
            #expect(closeCode == nil || closeCode == 1009, "closed with \(closeCode.map(String.init) ?? "no code")")
            let other = try await WireTrainee(port: port, code: code, name: "other").play(inputs)
            #expect(other.scorecard != nil)
        }
    }

    @Test("a flood of lines from one seat is rate-limited with a time to retry; the seat's lines are applied once each",
          .timeLimit(.minutes(5)))
    func flood() async throws {
        let classroom = try TestClassroom.make()
        defer { classroom.remove() }
        let flood: [WebSocketOutboundWriter.OutboundFrame] = (1...60).map { .text(ClientMessage.line(sequence: $0, text: "/status").json) }
        try await classroom.server.withRunning { port in
            let transcript = try await WireTrainee(port: port, code: classroom.code).exchange(frames: flood) { frames in
                frames.filter { $0.contains("\"type\":\"output\"") || $0.contains("\"type\":\"rejected\"") }.count >= 60
            }
            let limited = transcript.messages.filter {
                if case .rejected(_, .rateLimited, _, let retry) = $0 { retry != nil } else { false }
            }
            #expect(limited.count >= 40, "only \(limited.count) of 60 rate-limited")
            #expect(transcript.messages.contains { if case .rejected(_, .rateLimited, let text, _) = $0 { text.contains("wait") || text.contains("稍等") } else { false } })
        }
    }

    @Test("a resent line (same sequence number) is answered as a duplicate and stored once", .timeLimit(.minutes(5)))
    func resentLineAppliedOnce() async throws {
        let classroom = try TestClassroom.make()
        defer { classroom.remove() }
        let first = classroom.bestInputs[0]
        let frames: [WebSocketOutboundWriter.OutboundFrame] = [
            .text(ClientMessage.line(sequence: 1, text: first).json), .text(ClientMessage.line(sequence: 1, text: first).json),
        ]
        try await classroom.server.withRunning { port in
            let transcript = try await WireTrainee(port: port, code: classroom.code).exchange(frames: frames) { frames in
                frames.filter { $0.contains("\"seq\":1") }.count >= 2
            }
            let outputs = transcript.messages.filter { if case .output(1, _, _, _, _) = $0 { true } else { false } }
            #expect(outputs.count == 2)
            let seats = try classroom.store.seats(classCode: classroom.code)
            #expect(seats.count == 1)
            let entries = try classroom.store.entries(seatID: seats[0].id)
            #expect(entries.filter { $0.contains("\"input\"") }.count == 1)
            #expect(seats[0].appliedSequence == 1)
        }
    }
}
