import Foundation
import Hummingbird
import HummingbirdWebSocket
import Logging
import SalesMethod
import SparClassroom
import SparKit

extension ClassSummary: ResponseEncodable {}
extension RosterEntry: ResponseEncodable {}

/// The server's routes: `/ws` for trainees, `/api/…` for the trainer (token required), `/health`.
public enum ClassroomRoutes {
    public typealias Context = BasicWebSocketRequestContext

    public static func router(hub: ClassroomHub, trainerToken: String) -> Router<Context> {
        let router = Router(context: Context.self)
        router.get("health") { _, _ in "ok\n" }
        router.ws("ws") { inbound, outbound, context in
            await TraineeConnection(hub: hub, logger: context.logger).run(inbound: inbound, outbound: outbound)
        }
        addTrainerAPI(router.group("api").add(middleware: TrainerTokenMiddleware(token: trainerToken)), hub: hub)
        DashboardRoutes.add(to: router, hub: hub, trainerToken: trainerToken)
        return router
    }

    static func addTrainerAPI(_ api: RouterGroup<Context>, hub: ClassroomHub) {
        api.get("classes") { _, _ in hub.summaries() }
        api.post("classes") { request, context -> ClassSummary in
            let body = try await request.decode(as: OpenClassRequest.self, context: context)
            do {
                return try await hub.openClassFromTask(source: Data(body.scenarioSource.utf8), file: body.scenarioFile ?? "scenario.yaml",
                                                        mode: body.mode ?? .practice, name: body.name)
            } catch let error as ClassroomError {
                throw HTTPError(.unprocessableContent, message: error.description)
            }
        }
        api.get("classes/:code") { _, context in try await trainerCall { try hub.summary(code: context.parameters.require("code")) } }
        api.get("classes/:code/roster") { _, context in
            try await trainerCall { try await hub.roster(context.parameters.require("code")) }
        }
        let toggles: [(String, @Sendable (inout ClassSettings) -> Void)] = [
            ("close", { $0.closed = true }), ("lock", { $0.locked = true }), ("unlock", { $0.locked = false }),
            ("pause", { $0.paused = true }), ("resume", { $0.paused = false }),
        ]
        for (action, change) in toggles {
            api.post("classes/:code/\(action)") { _, context in
                try await trainerCall { try await hub.change(context.parameters.require("code"), change) }
            }
        }
        api.post("classes/:code/pace") { request, context in
            let body = try await request.decode(as: PaceRequest.self, context: context)
            guard let pacing = Pacing(rawValue: body.pacing) else {
                throw HTTPError(.badRequest, message: "pacing is 'self' or 'stage', not '\(body.pacing)'")
            }
            return try await trainerCall { try await hub.change(context.parameters.require("code")) { $0.pacing = pacing } }
        }
        api.post("classes/:code/release") { request, context in
            let body = try? await request.decode(as: ReleaseRequest.self, context: context)
            var stage: LifecycleStage?
            if let name = body?.stage {
                guard let parsed = LifecycleStage(rawValue: name) else {
                    throw HTTPError(.badRequest, message: "no lifecycle stage '\(name)'; one of \(LifecycleStage.allCases.map(\.rawValue).joined(separator: ", "))")
                }
                stage = parsed
            }
            return try await trainerCall { try await hub.release(context.parameters.require("code"), stage: stage) }
        }
        api.post("classes/:code/deadline") { request, context in
            let body = try await request.decode(as: DeadlineRequest.self, context: context)
            let deadline = body.deadline ?? body.minutes.map { Date().addingTimeInterval(Double($0) * 60) }
            return try await trainerCall { try await hub.change(context.parameters.require("code")) { $0.deadline = deadline } }
        }
        for (action, kicked) in [("kick", true), ("letback", false)] {
            api.post("classes/:code/seats/:seat/\(action)") { _, context in
                try await trainerCall {
                    try await hub.setKicked(context.parameters.require("code"), seat: context.parameters.require("seat"), kicked: kicked)
                }
            }
        }
    }

    /// Runs a trainer request, answering a `ClassroomError` as the client error it is.
    private static func trainerCall<T: Sendable>(_ body: () async throws -> T) async throws -> T {
        do {
            return try await body()
        } catch let error as ClassroomError {
            switch error {
            case .unknownClass, .unknownSeat: throw HTTPError(.notFound, message: error.description)
            default: throw HTTPError(.conflict, message: error.description)
            }
        }
    }
}
