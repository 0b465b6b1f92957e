import Foundation
import Hummingbird
import HummingbirdTesting
import SparClassroom
@testable import SparServer
import SparKit
import Testing

@Suite("Trainer HTTP API")
struct TrainerAPITests {
    private let bearer: HTTPFields = [.authorization: "Bearer \(TestClassroom.token)"]

    @Test("no token or a wrong token: 401 with a message; the right one lists the classes", .timeLimit(.minutes(5)))
    func tokenRequired() async throws {
        let classroom = try TestClassroom.make()
        defer { classroom.remove() }
        try await classroom.server.application().test(.router) { client in
            try await client.execute(uri: "/api/classes", method: .get) { response in
                #expect(response.status == .unauthorized)
                #expect(String(buffer: response.body).contains("trainer token"))
            }
            try await client.execute(uri: "/api/classes", method: .get, headers: [.authorization: "Bearer nope"]) { response in
                #expect(response.status == .unauthorized)
                #expect(String(buffer: response.body).contains("wrong trainer token"))
            }
            try await client.execute(uri: "/api/classes", method: .get, headers: bearer) { response in
                #expect(response.status == .ok)
                let classes = try JSONDecoder().decode([ClassSummary].self, from: Data(buffer: response.body))
                #expect(classes.map(\.code) == [classroom.code])
                #expect(classes.first?.scenario == "valve-retrofit")
            }
            try await client.execute(uri: "/api/classes?token=\(TestClassroom.token)", method: .get) { response in
                #expect(response.status == .ok)
            }
            try await client.execute(uri: "/health", method: .get) { response in
                #expect(response.status == .ok)
            }
        }
    }

    @Test("open, lock, pause, pace by stage, release, deadline, close; each answers the class's settings", .timeLimit(.minutes(5)))
    func settings() async throws {
        let classroom = try TestClassroom.make()
        defer { classroom.remove() }
        let source = try String(contentsOfFile: TestClassroom.shippedScenarioPath("en/saas-renewal.yaml"), encoding: .utf8)
        try await classroom.server.application().test(.router) { client in
            let body = try JSONEncoder().encode(OpenClassRequest(scenarioSource: source, scenarioFile: "saas.yaml", mode: .practice, name: "B"))
            let opened = try await client.execute(uri: "/api/classes", method: .post, headers: bearer, body: ByteBuffer(data: body)) {
                #expect($0.status == .ok)
                return try JSONDecoder().decode(ClassSummary.self, from: Data(buffer: $0.body))
            }
            #expect(opened.scenario == "saas-renewal")
            #expect(try classroom.store.classRecord(code: opened.code) != nil)

            func post(_ action: String, _ json: String? = nil) async throws -> ClassSummary {
                try await client.execute(uri: "/api/classes/\(classroom.code)/\(action)", method: .post, headers: bearer,
                                         body: json.map { ByteBuffer(string: $0) }) {
                    #expect($0.status == .ok, "\(action): \(String(buffer: $0.body))")
                    let decoder = JSONDecoder()
                    decoder.dateDecodingStrategy = .iso8601
                    return try decoder.decode(ClassSummary.self, from: Data(buffer: $0.body))
                }
            }
            #expect(try await post("lock").settings.locked)
            #expect(try await post("pause").settings.paused)
            #expect(!(try await post("resume").settings.paused))
            #expect(try await post("pace", #"{"pacing":"stage"}"#).settings.pacing == .byStage)
            let released = try await post("release")
            #expect(released.settings.releasedStage != nil)
            #expect(try await post("deadline", #"{"minutes":30}"#).settings.deadline != nil)
            #expect(try await post("close").settings.closed)
            // What the server answered is what it stored.
            #expect(try classroom.store.classRecord(code: classroom.code)?.settings.closed == true)
        }
    }

    @Test("unknown class 404, bad pacing 400, releasing a self-paced class 409, a scenario that does not load 422", .timeLimit(.minutes(5)))
    func errors() async throws {
        let classroom = try TestClassroom.make()
        defer { classroom.remove() }
        try await classroom.server.application().test(.router) { client in
            try await client.execute(uri: "/api/classes/ZZZZZZ/roster", method: .get, headers: bearer) { #expect($0.status == .notFound) }
            try await client.execute(uri: "/api/classes/\(classroom.code)/pace", method: .post, headers: bearer,
                                     body: ByteBuffer(string: #"{"pacing":"fast"}"#)) { #expect($0.status == .badRequest) }
            try await client.execute(uri: "/api/classes/\(classroom.code)/release", method: .post, headers: bearer) {
                #expect($0.status == .conflict)
                #expect(String(buffer: $0.body).contains("self-paced"))
            }
            let broken = try JSONEncoder().encode(OpenClassRequest(scenarioSource: "id: [", scenarioFile: "x.yaml", mode: nil, name: nil))
            try await client.execute(uri: "/api/classes", method: .post, headers: bearer, body: ByteBuffer(data: broken)) {
                #expect($0.status == .unprocessableContent)
            }
            try await client.execute(uri: "/api/classes/\(classroom.code)/seats/nobody/kick", method: .post, headers: bearer) {
                #expect($0.status == .notFound)
            }
        }
    }
}
