import Foundation
import HummingbirdWSClient
import SparClassroom
@testable import SparServer
import SparKit
import Testing

/// The trainer's controls as trainees connected over the socket feel them.
@Suite("Trainer control of a live class")
struct TrainerControlTests {
    @Test("a locked class takes no new trainee but lets a seat holder back; a kicked seat cannot rejoin until let back",
          .timeLimit(.minutes(5)))
    func lockAndKick() async throws {
        let classroom = try TestClassroom.make()
        defer { classroom.remove() }
        let hub = classroom.hub, code = classroom.code
        try await classroom.server.withRunning { port in
            let first = try await WireTrainee(port: port, code: code, name: "甲").exchange { $0.contains { $0.contains("welcome") } }
            let secret = try #require(first.welcome?.seat)
            _ = try await hub.change(code) { $0.locked = true }
            let late = try await WireTrainee(port: port, code: code, name: "乙").exchange { _ in false }
            #expect(late.messages.contains { if case .error(.classLocked, _) = $0 { true } else { false } })
            let back = try await WireTrainee(port: port, code: code, name: "甲", secret: secret).exchange { $0.contains { $0.contains("welcome") } }
            #expect(back.welcome?.trainee == "甲")

            _ = try await hub.setKicked(code, seat: "甲", kicked: true)
            let kicked = try await WireTrainee(port: port, code: code, secret: secret).exchange { _ in false }
            #expect(kicked.messages.contains { if case .error(.kicked, _) = $0 { true } else { false } })
            _ = try await hub.setKicked(code, seat: "甲", kicked: false)
            let letBack = try await WireTrainee(port: port, code: code, secret: secret).exchange { $0.contains { $0.contains("welcome") } }
            #expect(letBack.welcome != nil)
            let roster = try await hub.roster(code)
            #expect(roster.map(\.trainee) == ["甲"])
        }
    }

    @Test("paused: a line is kept and answered when the trainer resumes", .timeLimit(.minutes(5)))
    func pauseKeepsTheLine() async throws {
        let classroom = try TestClassroom.make()
        defer { classroom.remove() }
        let hub = classroom.hub, code = classroom.code
        let line = classroom.bestInputs[0]
        _ = try await hub.change(code) { $0.paused = true }
        try await classroom.server.withRunning { port in
            let resumer = Task {
                // Resumes once the trainee's line is being held.
                while try await hub.roster(code).isEmpty { try await Task.sleep(for: .milliseconds(20)) }
                try await Task.sleep(for: .milliseconds(200))
                _ = try await hub.change(code) { $0.paused = false }
            }
            let transcript = try await WireTrainee(port: port, code: code)
                .exchange(frames: [.text(ClientMessage.line(sequence: 1, text: line).json)]) { frames in
                    frames.contains { $0.contains("\"type\":\"output\"") && $0.contains("\"seq\":1") }
                }
            try await resumer.value
            let kinds = transcript.messages.compactMap { if case .notice(let notice) = $0 { notice.kind } else { nil } }
            #expect(kinds.contains(.paused))
            #expect(kinds.contains(.held))
            #expect(kinds.contains(.resumed))
        }
    }

    @Test("paced by stage: a trainee reaching a stage not released waits, and sees it when the trainer releases it",
          .timeLimit(.minutes(5)))
    func pacedByStage() async throws {
        let classroom = try TestClassroom.make(mode: .practice)
        defer { classroom.remove() }
        let hub = classroom.hub, code = classroom.code
        _ = try await hub.change(code) { $0.pacing = .byStage }
        let inputs = classroom.bestInputs
        let released = ReleasedFlag()
        try await classroom.server.withRunning { port in
            let releaser = Task {
                // Releases each stage a trainee waits at, as a trainer watching the roster would.
                while !Task.isCancelled {
                    if try await hub.roster(code).contains(where: \.waiting) {
                        _ = try await hub.release(code)
                        released.count += 1
                    }
                    try await Task.sleep(for: .milliseconds(50))
                }
            }
            let played = try await WireTrainee(port: port, code: code).play(inputs)
            releaser.cancel()
            #expect(played.scorecard != nil)
            let waits = played.messages.filter { if case .notice(let notice) = $0 { notice.kind == .waiting } else { false } }
            #expect(!waits.isEmpty)
            #expect(released.count >= 1)
        }
    }
}

final class ReleasedFlag: @unchecked Sendable {
    var count = 0
}
