/// The line `spar resume` writes where an interrupted session picks up again. Replay skips it
/// (it has no `input`); apart from it, a resumed transcript reads like an uninterrupted one.
public struct TranscriptResume: Sendable, Hashable, Codable {
    public var type = "resume"
    /// Turns answered before the interruption.
    public var turn: Int
    /// Where play stood.
    public var node: String
    /// When play resumed (ISO 8601, UTC).
    public var resumed: String
    public var version: String
    /// Bytes of a cut-off last line removed before resuming, when there was one.
    public var dropped: Int?

    enum CodingKeys: String, CodingKey {
        case type, turn = "n", node, resumed, version, dropped
    }

    public init(turn: Int, node: String, resumed: String, version: String, dropped: Int? = nil) {
        self.turn = turn
        self.node = node
        self.resumed = resumed
        self.version = version
        self.dropped = dropped.flatMap { $0 > 0 ? $0 : nil }
    }
}
