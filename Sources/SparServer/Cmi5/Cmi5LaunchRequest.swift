import Foundation
import SparLRS

/// What an LMS puts on an assignable unit's URL when it launches it (cmi5 §8.1): where its LRS
/// is, where to fetch the session's credentials, who the learner is, the registration and the
/// unit's activity id.
public struct Cmi5LaunchRequest: Sendable, Hashable {
    public var endpoint: String
    public var fetch: String
    public var actor: JSONValue
    public var registration: String
    public var activityID: String

    /// A launch the server cannot act on; the text is shown on the page the learner sees.
    public struct Invalid: Error, Sendable, CustomStringConvertible {
        public var description: String
    }

    public init(query: [String: String]) throws(Invalid) {
        func required(_ name: String) throws(Invalid) -> String {
            guard let value = query[name], !value.isEmpty else {
                throw Invalid(description: "the launch URL has no '\(name)': start the unit from your LMS")
            }
            return value
        }
        endpoint = try required("endpoint")
        fetch = try required("fetch")
        registration = try required("registration")
        activityID = try required("activityId")
        let actorText = try required("actor")
        guard let actor = JSONValue.parse(Data(actorText.utf8)), case .object(let fields) = actor,
              fields["account"] != nil || fields["mbox"] != nil || fields["mbox_sha1sum"] != nil || fields["openid"] != nil else {
            throw Invalid(description: "the launch's actor is not an xAPI agent")
        }
        self.actor = actor
        guard UUID(uuidString: registration) != nil else {
            throw Invalid(description: "the launch's registration is not a UUID")
        }
        for (name, url) in [("fetch", fetch), ("endpoint", endpoint)] {
            guard let scheme = URLComponents(string: url)?.scheme?.lowercased(), scheme == "http" || scheme == "https" else {
                throw Invalid(description: "the launch's \(name) is not an http(s) URL")
            }
        }
    }

    /// The learner's name for the class roster: the actor's name, else its account name.
    public var learnerName: String {
        actor["name"]?.string ?? actor["account"]?["name"]?.string ?? "learner"
    }
}
