/// The meeting's clock: its length and the closing window at its end (the method's last 20 minutes).
public struct Meeting: Sendable, Hashable {
    public var minutes: Int
    public var closingWindow: Int

    public init(minutes: Int = 60, closingWindow: Int = 20) {
        self.minutes = minutes
        self.closingWindow = closingWindow
    }

    /// Minute at which the closing window opens.
    public var windowOpensAt: Int { max(0, minutes - closingWindow) }

    public func isInClosingWindow(elapsed: Int) -> Bool { elapsed >= windowOpensAt }
}
