import Foundation

/// One trainee's place in a class. The seat is bound to a secret the client keeps; the store holds
/// only its hash, so a stolen database does not let anyone take a seat.
public struct SeatRecord: Sendable, Hashable {
    public var id: Int64
    public var classCode: String
    public var trainee: String
    public var secretHash: String
    public var kicked: Bool
    /// The sequence number of the last input whose records are stored (0: none yet).
    public var appliedSequence: Int
    public var joined: Date

    public init(id: Int64, classCode: String, trainee: String, secretHash: String, kicked: Bool = false,
                appliedSequence: Int = 0, joined: Date = Date()) {
        self.id = id
        self.classCode = classCode
        self.trainee = trainee
        self.secretHash = secretHash
        self.kicked = kicked
        self.appliedSequence = appliedSequence
        self.joined = joined
    }
}
