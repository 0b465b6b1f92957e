/// One trainee's attempts at one scenario: first, best and latest, pass/fail, improvement.
public struct AttemptHistory: Sendable, Hashable {
    /// Scores kept for the attempts chart: the first attempt and the most recent ones. The cap keeps a
    /// report's memory independent of how many times someone played.
    public static let keptScores = 50

    public var trainee: String
    public var scenario: String
    public private(set) var sessions = 0
    public private(set) var unfinished = 0
    public private(set) var first: SessionResult?
    public private(set) var best: SessionResult?
    public private(set) var latest: SessionResult?
    /// True once any attempt reached the scenario's pass mark.
    public private(set) var passedOnce = false
    /// Finished attempts in the order they were started (capped at `keptScores`).
    public private(set) var attempts: [SessionResult] = []

    public init(trainee: String, scenario: String) {
        self.trainee = trainee
        self.scenario = scenario
    }

    public var finished: Int { sessions - unfinished }

    /// Latest minus first overall score, once there are two finished attempts.
    public var improvement: Int? {
        guard finished >= 2, let first, let latest else { return nil }
        return latest.overall - first.overall
    }

    public mutating func recordUnfinished() {
        sessions += 1
        unfinished += 1
    }

    public mutating func record(_ result: SessionResult) {
        sessions += 1
        passedOnce = passedOnce || result.passed
        if first.map({ result.isBefore($0) }) ?? true { first = result }
        if latest.map({ $0.isBefore(result) }) ?? true { latest = result }
        // The earlier attempt stays best on a tie: reaching a score first is what counts.
        if best.map({ result.overall > $0.overall || (result.overall == $0.overall && result.isBefore($0)) }) ?? true {
            best = result
        }
        // Files mostly arrive in time order (their names start with the time), so look from the end.
        let index = (attempts.lastIndex { $0.isBefore(result) }).map { $0 + 1 } ?? 0
        attempts.insert(result, at: index)
        if attempts.count > Self.keptScores { attempts.remove(at: 1) }
    }
}
