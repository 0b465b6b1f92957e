import Foundation

/// The dashboard's page, script and style, compiled into the binary (SwiftPM `embedInCode`): the
/// server needs no files beside it and the browser fetches nothing from anywhere else.
enum DashboardAssets {
    struct Asset: Sendable {
        var bytes: [UInt8]
        var contentType: String
    }

    static let page = Asset(bytes: PackageResources.dashboard_html, contentType: "text/html; charset=utf-8")
    static let script = Asset(bytes: PackageResources.dashboard_js, contentType: "text/javascript; charset=utf-8")
    static let style = Asset(bytes: PackageResources.dashboard_css, contentType: "text/css; charset=utf-8")

    /// Scripts and styles only from this server, no inline script or style, no frames, no forms
    /// elsewhere; the live feed's WebSocket goes to this server too.
    static let contentSecurityPolicy = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
        + "connect-src 'self'; font-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'"
}
