import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdWebSocket
import NIOCore
import NIOPosix
import SalesMethod
import SparClassroom
import SparKit

/// The trainer's dashboard in the browser: the page and its assets under `/trainer`, and under
/// `/api/classes/CODE/…` the snapshot, the live feed (WebSocket), the flow graph, the leaderboard's
/// settings and the report's downloads. Everything needs the trainer token; the page's first load
/// with `?token=` turns it into a cookie and drops it from the address bar (and the projector).
enum DashboardRoutes {
    typealias Context = ClassroomRoutes.Context

    static func add(to router: Router<Context>, hub: ClassroomHub, trainerToken: String) {
        addPages(router.group("trainer").add(middleware: TrainerTokenMiddleware(token: trainerToken)))
        addAPI(router.group("api").add(middleware: TrainerTokenMiddleware(token: trainerToken)), hub: hub)
    }

    static func addPages(_ trainer: RouterGroup<Context>) {
        trainer.get { request, _ -> Response in
            if request.uri.queryParameters.get("token") != nil {
                // The token came in the address: keep it in a cookie, then show the page without it.
                let token = (request.uri.queryParameters.get("token") ?? "").addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? ""
                let code = request.uri.queryParameters.get("class").flatMap(JoinCode.normalized).map { "?class=\($0)" } ?? ""
                return Response(status: .seeOther, headers: [
                    .location: "/trainer" + code,
                    .setCookie: "\(TrainerTokenMiddleware<Context>.cookieName)=\(token); Path=/; HttpOnly; SameSite=Strict",
                    .cacheControl: "no-store",
                ])
            }
            return asset(DashboardAssets.page)
        }
        trainer.get("dashboard.js") { _, _ in asset(DashboardAssets.script) }
        trainer.get("dashboard.css") { _, _ in asset(DashboardAssets.style) }
    }

    static func asset(_ asset: DashboardAssets.Asset) -> Response {
        Response(status: .ok, headers: [
            .contentType: asset.contentType, .contentSecurityPolicy: DashboardAssets.contentSecurityPolicy,
            .xContentTypeOptions: "nosniff", .referrerPolicy: "no-referrer", .cacheControl: "no-store",
        ], body: .init(byteBuffer: ByteBuffer(bytes: asset.bytes)))
    }

    static func addAPI(_ api: RouterGroup<Context>, hub: ClassroomHub) {
        api.get("classes/:code/dashboard") { _, context -> Response in
            let live = try liveClass(hub, context.parameters.require("code"))
            let snapshot = await DashboardSnapshotBuilder(live: live, store: hub.runtime.store).snapshot()
            return json(snapshot.json)
        }
        api.get("classes/:code/graph") { _, context -> Response in
            let live = try liveClass(hub, context.parameters.require("code"))
            let withheld = live.record.mode == .exam && !live.settings.closed
            let scenario = live.scenario.scenario
            let graph = try await hub.runtime.workers.runIfActive { FlowGraph.cached(scenario, choiceText: !withheld) }
            return json(graph.json)
        }
        api.post("classes/:code/leaderboard") { request, context -> Response in
            let live = try liveClass(hub, context.parameters.require("code"))
            let body = try await request.decode(as: LeaderboardRequest.self, context: context)
            var board = live.activity.leaderboard
            if let show = body.show {
                guard let value = LeaderboardSettings.Show(rawValue: show) else {
                    throw HTTPError(.badRequest, message: "show is off, end or live, not '\(show.prefix(40))'")
                }
                board.show = value
            }
            if let names = body.names {
                guard let value = LeaderboardSettings.Names(rawValue: names) else {
                    throw HTTPError(.badRequest, message: "names is names or aliases, not '\(names.prefix(40))'")
                }
                board.names = value
            }
            live.activity.leaderboard = board
            return json(WireJSON.string(board))
        }
        for format in [ClassReportDownload.Format.html, .csv] {
            api.get("classes/:code/report.\(format.rawValue)") { request, context -> Response in
                let live = try liveClass(hub, context.parameters.require("code"))
                // The page lists the options taken and the mistakes' reasons: an exam's answers, so not while it runs.
                if format == .html && live.record.mode == .exam && !live.settings.closed {
                    throw HTTPError(.conflict, message: "the report of an exam is ready once the class is ended (the CSV is ready now)")
                }
                let language = request.uri.queryParameters.get("lang").flatMap(Language.init(rawValue:))
                let runtime = hub.runtime
                let text = try await runtime.workers.runIfActive {
                    try ClassReportDownload.render(format, live: live, runtime: runtime, language: language)
                }
                return Response(status: .ok, headers: [
                    .contentType: format.contentType, .cacheControl: "no-store", .xContentTypeOptions: "nosniff",
                    .contentDisposition: "attachment; filename=\"\(ClassReportDownload.fileName(live, format))\"",
                ], body: .init(byteBuffer: ByteBuffer(string: text)))
            }
        }
        api.ws("classes/:code/live", shouldUpgrade: { request, context in
            _ = try liveClass(hub, context.parameters.require("code"))
            // A page from another site must not read the class through the trainer's cookie.
            if let origin = request.headers[.origin], let host = request.head.authority,
               URL(string: origin)?.host.map({ host == $0 || host.hasPrefix($0 + ":") || host.hasPrefix("[\($0)]") }) != true {
                throw HTTPError(.forbidden, message: "the live feed is for the dashboard's own page")
            }
            return .upgrade([:])
        }, onUpgrade: { inbound, outbound, context in
            guard let code = context.requestContext.parameters.get("code"), let live = try? liveClass(hub, code) else { return }
            await DashboardFeed(live: live, store: hub.runtime.store).run(inbound: inbound, outbound: outbound)
        })
    }

    static func liveClass(_ hub: ClassroomHub, _ code: String) throws -> LiveClass {
        guard let normalized = JoinCode.normalized(code), let live = hub.liveClass(normalized) else {
            throw HTTPError(.notFound, message: ClassroomError.unknownClass(code).description)
        }
        return live
    }

    static func json(_ text: String) -> Response {
        Response(status: .ok, headers: [.contentType: "application/json; charset=utf-8", .cacheControl: "no-store"],
                 body: .init(byteBuffer: ByteBuffer(string: text)))
    }
}

/// `POST /api/classes/CODE/leaderboard`: `{"show": "off|end|live", "names": "names|aliases"}`, either or both.
struct LeaderboardRequest: Sendable, Codable {
    var show: String?
    var names: String?
}

extension HTTPField.Name {
    static let referrerPolicy = Self("Referrer-Policy")!
}
