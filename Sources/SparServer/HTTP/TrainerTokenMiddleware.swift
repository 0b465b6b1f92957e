import Foundation
import Hummingbird

/// The trainer's API takes `Authorization: Bearer TOKEN` (or `?token=TOKEN`, so the trainer URL
/// printed at start-up opens in a browser, or the dashboard's cookie). Compared in constant time.
struct TrainerTokenMiddleware<Context: RequestContext>: RouterMiddleware {
    /// The cookie the dashboard's first load sets (HttpOnly, SameSite=Strict).
    static var cookieName: String { "spar_trainer" }
    let token: String

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        let header = request.headers[.authorization]
        let given = header.flatMap { $0.hasPrefix("Bearer ") ? String($0.dropFirst(7)) : nil }
            ?? request.uri.queryParameters.get("token") ?? Self.cookie(in: request)
        guard let given, Self.equal(given, token) else {
            throw HTTPError(.unauthorized, headers: [.wwwAuthenticate: "Bearer"],
                            message: given == nil ? "the trainer API needs the trainer token: Authorization: Bearer TOKEN"
                                                  : "wrong trainer token")
        }
        return try await next(request, context)
    }

    static func cookie(in request: Request) -> String? {
        for header in request.headers[values: .cookie] {
            for pair in header.split(separator: ";") {
                let parts = pair.split(separator: "=", maxSplits: 1)
                if parts.count == 2, parts[0].trimmingCharacters(in: .whitespaces) == cookieName {
                    return String(parts[1]).trimmingCharacters(in: .whitespaces).removingPercentEncoding
                }
            }
        }
        return nil
    }

    static func equal(_ a: String, _ b: String) -> Bool {
        let x = Array(a.utf8), y = Array(b.utf8)
        var difference = UInt8(x.count == y.count ? 0 : 1)
        for index in 0..<max(x.count, y.count) {
            difference |= (index < x.count ? x[index] : 0) ^ (index < y.count ? y[index] : 0)
        }
        return difference == 0
    }
}
