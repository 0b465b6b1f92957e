/// What the trainer asked for that cannot be done, worded for the trainer.
public enum ClassroomError: Error, Sendable, Hashable, CustomStringConvertible {
    case unknownClass(String)
    case unknownSeat(String)
    case ambiguousSeat(String, [Int64])
    case scenarioInvalid(String)
    case notPacedByStage(String)
    case nothingToRelease(String)

    public var description: String {
        switch self {
        case .unknownClass(let code): "no class has the code '\(code)'"
        case .unknownSeat(let seat): "no seat '\(seat)' in this class (give the seat number or the trainee's name)"
        case .ambiguousSeat(let name, let ids): "several seats are named '\(name)': \(ids.map(String.init).joined(separator: ", ")); give the seat number"
        case .scenarioInvalid(let why): "the scenario cannot be played: \(why)"
        case .notPacedByStage(let code): "class \(code) is self-paced; set it to be paced by stage first (pace stage)"
        case .nothingToRelease(let code): "class \(code) has every stage released"
        }
    }
}
