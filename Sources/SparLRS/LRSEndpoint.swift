import Foundation

/// A learning record store as spar reaches it: its xAPI endpoint (the base every resource hangs
/// off, e.g. `https://lrs.example.com/xAPI/`) and the Authorization header it is sent.
public struct LRSEndpoint: Sendable, Hashable {
    /// The endpoint, always ending in "/".
    public let base: String
    /// The full header value: `Basic …` from a user and password, or a token an LMS handed out.
    public let authorization: String

    /// Why a URL or credentials cannot be used; the text names the option to fix.
    public struct Invalid: Error, Sendable, Hashable, CustomStringConvertible {
        public var description: String
    }

    /// `url`: an http or https URL; one with no path gets the usual `/xAPI/`. `credentials`: `USER:PASS`.
    public init(url: String, credentials: String) throws(Invalid) {
        guard let colon = credentials.firstIndex(of: ":"), colon != credentials.startIndex else {
            throw Invalid(description: "the LRS credentials are USER:PASS (a key and secret, with a colon between)")
        }
        let pair = Data(credentials.utf8).base64EncodedString()
        try self.init(url: url, authorization: "Basic \(pair)")
    }

    /// `authorization`: the header value as given (cmi5's fetch URL hands one out).
    public init(url: String, authorization: String) throws(Invalid) {
        guard var components = URLComponents(string: url), let scheme = components.scheme?.lowercased(),
              scheme == "http" || scheme == "https", let host = components.host, !host.isEmpty else {
            throw Invalid(description: "the LRS address must be an http:// or https:// URL, not '\(url.prefix(200))'")
        }
        guard components.user == nil, components.password == nil else {
            throw Invalid(description: "give the LRS credentials with --auth USER:PASS, not inside the URL")
        }
        guard components.query == nil, components.fragment == nil else {
            throw Invalid(description: "the LRS endpoint takes no query or fragment: '\(url.prefix(200))'")
        }
        if components.path.isEmpty || components.path == "/" { components.path = "/xAPI/" }
        if !components.path.hasSuffix("/") { components.path += "/" }
        guard let base = components.string else { throw Invalid(description: "the LRS address '\(url.prefix(200))' is not a URL") }
        self.base = base
        self.authorization = authorization
    }

    /// A resource under the endpoint (`statements`, `activities/state`), with its query.
    public func url(_ resource: String, query: [(String, String)] = []) -> String {
        guard !query.isEmpty else { return base + resource }
        // Everything but unreserved characters percent-encoded: an agent's JSON holds & = + and quotes.
        let unreserved = CharacterSet(charactersIn: "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~")
        func encode(_ text: String) -> String { text.addingPercentEncoding(withAllowedCharacters: unreserved) ?? text }
        return base + resource + "?" + query.map { "\(encode($0.0))=\(encode($0.1))" }.joined(separator: "&")
    }
}
