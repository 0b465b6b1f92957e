import Foundation
import Hummingbird
import NIOCore
import SparKit

/// `GET /cmi5/launch/:scenario`: where an LMS launches a spar unit. The learner's browser gets a
/// page with the join code and the `spar join` command, or why the launch failed.
enum Cmi5Routes {
    static func add(to router: Router<ClassroomRoutes.Context>, launcher: Cmi5Launcher, scheme: String) {
        router.get("cmi5/launch/:scenario") { request, context -> Response in
            let scenario = try context.parameters.require("scenario")
            let query = formDecoded(request.uri.query ?? "")
            let mode = query["mode"].flatMap(SessionMode.init(rawValue:))
            do {
                let launch = try Cmi5LaunchRequest(query: query)
                let summary = try await launcher.launch(scenarioID: scenario, mode: mode, request: launch)
                let server = "\(scheme)://\(request.head.authority ?? "127.0.0.1")"
                return page(.ok, title: summary.title, body: """
                    <p>Your session is ready. In a terminal, type:</p>
                    <pre>spar join \(summary.code) --server \(HTMLEscape.text(server))</pre>
                    <p>Join code: <strong class="code">\(summary.code)</strong></p>
                    <p>When you finish, your LMS receives your result.</p>
                    """)
            } catch let error as Cmi5LaunchRequest.Invalid {
                return page(.badRequest, title: "spar", body: "<p>\(HTMLEscape.text(error.description))</p>")
            } catch let error as Cmi5Launcher.Failure {
                return page(HTTPResponse.Status(code: error.status), title: "spar", body: "<p>\(HTMLEscape.text(error.description))</p>")
            }
        }
    }

    /// A query string's parameters, "+" read as a space as forms and many LMSs write it.
    static func formDecoded(_ query: String) -> [String: String] {
        var parameters: [String: String] = [:]
        for pair in query.split(separator: "&") {
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            func decode(_ text: Substring) -> String {
                let spaced = text.replacingOccurrences(of: "+", with: " ")
                return spaced.removingPercentEncoding ?? spaced
            }
            parameters[decode(parts[0])] = parts.count > 1 ? decode(parts[1]) : ""
        }
        return parameters
    }

    static func page(_ status: HTTPResponse.Status, title: String, body: String) -> Response {
        let html = """
            <!doctype html>
            <html><head><meta charset="utf-8"><title>\(HTMLEscape.text(title))</title></head>
            <body><h1>\(HTMLEscape.text(title))</h1>
            \(body)
            </body></html>
            """
        return Response(status: status, headers: [.contentType: "text/html; charset=utf-8"],
                        body: ResponseBody(byteBuffer: ByteBuffer(string: html)))
    }
}
