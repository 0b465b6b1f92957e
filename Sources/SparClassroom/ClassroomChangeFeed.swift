/// What a server sharing a store with others learns of their writes: each change once it is
/// committed, in commit order. The servers' hubs follow it so a roster or a dashboard on any
/// server shows answers made through every other.
public protocol ClassroomChangeFeed: Sendable {
    /// Changes committed from now on, by every server on the store (this one included). The stream
    /// ends when the store closes; changes made while the feed's connection was being re-established
    /// are not repeated.
    func changes() -> AsyncStream<ClassroomChange>
}

public enum ClassroomChange: Sendable, Hashable {
    /// The feed listens: every change committed from here on will come.
    case listening
    case classOpened(code: String)
    case settingsChanged(code: String)
    case seatJoined(code: String, seatID: Int64)
    case seatKicked(code: String, seatID: Int64)
    /// Records were stored for a seat, answering input `sequence`.
    case answered(code: String, seatID: Int64, sequence: Int)

    /// The short text a notification carries: `kind code [seat [sequence]]`.
    public var payload: String {
        switch self {
        case .listening: "listening"
        case .classOpened(let code): "class \(code)"
        case .settingsChanged(let code): "settings \(code)"
        case .seatJoined(let code, let seat): "seat \(code) \(seat)"
        case .seatKicked(let code, let seat): "kick \(code) \(seat)"
        case .answered(let code, let seat, let sequence): "answer \(code) \(seat) \(sequence)"
        }
    }

    public init?(payload: String) {
        let parts = payload.split(separator: " ").map(String.init)
        guard parts.count >= 2 else { return nil }
        let code = parts[1]
        switch (parts[0], parts.count) {
        case ("class", 2): self = .classOpened(code: code)
        case ("settings", 2): self = .settingsChanged(code: code)
        case ("seat", 3): guard let seat = Int64(parts[2]) else { return nil }; self = .seatJoined(code: code, seatID: seat)
        case ("kick", 3): guard let seat = Int64(parts[2]) else { return nil }; self = .seatKicked(code: code, seatID: seat)
        case ("answer", 4):
            guard let seat = Int64(parts[2]), let sequence = Int(parts[3]) else { return nil }
            self = .answered(code: code, seatID: seat, sequence: sequence)
        default: return nil
        }
    }
}
