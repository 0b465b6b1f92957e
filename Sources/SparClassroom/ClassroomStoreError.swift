/// What a store reports that a caller can act on.
public enum ClassroomStoreError: Error, Sendable, Hashable, CustomStringConvertible {
    case unknownClass(String)
    case unknownSeat(Int64)
    case closed

    public var description: String {
        switch self {
        case .unknownClass(let code): "no class with code \(code)"
        case .unknownSeat(let id): "no seat \(id)"
        case .closed: "the store is closed"
        }
    }
}
