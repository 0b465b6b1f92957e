import SalesMethod

/// The aggregates over a class's transcripts. Sessions are folded in one at a time and dropped, so
/// memory grows with trainees, scenarios, nodes and rules, never with the number of sessions.
public struct ClassReport: Sendable {
    public struct AttemptKey: Sendable, Hashable {
        public var trainee: String
        public var scenario: String

        public init(trainee: String, scenario: String) {
            self.trainee = trainee
            self.scenario = scenario
        }
    }

    public enum Admission: Sendable, Hashable {
        case counted
        case filteredOut
        /// Its figures could not be checked or are not the answers' figures: listed, not aggregated.
        case notCounted
    }

    public var filter: ReportFilter
    public private(set) var sessions = 0
    public private(set) var finished = 0
    public private(set) var filteredOut = 0
    public private(set) var skipped: [SkippedFile] = []
    /// Sessions read but left out of every figure: they do not replay, or could not be checked.
    public private(set) var notCounted: [SkippedFile] = []
    /// Counted sessions whose scenario changed since they were played (they replayed on the current one).
    public private(set) var replayedOnChangedScenario = 0
    /// Counted sessions taken as written, unchecked (`--trust`).
    public private(set) var trusted = 0
    public private(set) var histories: [AttemptKey: AttemptHistory] = [:]
    public private(set) var dimensionsByTrainee: [String: DimensionTally] = [:]
    public private(set) var dimensionsByScenario: [String: DimensionTally] = [:]
    public private(set) var dimensionsOverall = DimensionTally()
    public private(set) var mistakes = MistakeTally()
    public private(set) var nodes = NodeChoiceTally()
    public private(set) var languages: [Language: Int] = [:]

    public init(filter: ReportFilter = ReportFilter()) {
        self.filter = filter
    }

    /// `verification`: what replay made of the session (`SessionVerifier`); pass the transcript it
    /// returned, whose end is the recomputed one.
    @discardableResult
    public mutating func add(_ transcript: Transcript, path: String, verification: SessionVerification) -> Admission {
        let header = transcript.header
        guard filter.admits(header) else {
            filteredOut += 1
            return .filteredOut
        }
        if var reason = verification.reasonNotCounted {
            if verification == .startedMidScenario, let overrides = header.overrides { reason += " (\(overrides.summary))" }
            notCounted.append(SkippedFile(path: path, reason: reason))
            return .notCounted
        }
        if verification == .trusted { trusted += 1 }
        if verification == .replayed(scenarioChanged: true) { replayedOnChangedScenario += 1 }
        let session = sessions
        sessions += 1
        languages[header.lang, default: 0] += 1
        let key = AttemptKey(trainee: header.trainee, scenario: header.scenario)
        // Recorded in place: a history copied out and back would copy its kept attempts every time.
        let fresh = AttemptHistory(trainee: header.trainee, scenario: header.scenario)
        if let end = transcript.end {
            finished += 1
            histories[key, default: fresh].record(SessionResult(path: path, header: header, end: end))
            dimensionsByTrainee[header.trainee, default: DimensionTally()].add(end.dimensions)
            dimensionsByScenario[header.scenario, default: DimensionTally()].add(end.dimensions)
            dimensionsOverall.add(end.dimensions)
        } else {
            histories[key, default: fresh].recordUnfinished()
        }
        // Unfinished sessions still show where people went wrong, so their answers and mistakes count.
        // Every answer shows how people respond at a node, even one taken back; a mistake taken back
        // is not in the score, so it is not counted as one.
        let undone = UndoneRecords.indices(in: transcript.records)
        for (index, record) in transcript.records.enumerated() {
            nodes.add(record, scenario: header.scenario)
            if undone.contains(index) { continue }
            for event in record.events ?? [] {
                mistakes.add(event, language: header.lang, trainee: header.trainee, session: session)
            }
        }
        return .counted
    }

    public mutating func skip(_ path: String, reason: String) {
        skipped.append(SkippedFile(path: path, reason: reason))
    }

    /// The results table's rows: by trainee then scenario, or by scenario then trainee.
    public func rows(by grouping: ReportGrouping) -> [AttemptHistory] {
        histories.values.sorted { a, b in
            switch grouping {
            case .trainee: (a.trainee, a.scenario) < (b.trainee, b.scenario)
            case .scenario: (a.scenario, a.trainee) < (b.scenario, b.trainee)
            }
        }
    }

    /// Dimension averages per trainee or per scenario, sorted by name.
    public func dimensionGroups(by grouping: ReportGrouping) -> [(name: String, tally: DimensionTally)] {
        let groups = grouping == .trainee ? dimensionsByTrainee : dimensionsByScenario
        return groups.sorted { $0.key < $1.key }.map { (name: $0.key, tally: $0.value) }
    }

    /// Trainee and scenario pairs with two or more finished attempts, and their mean improvement.
    public var improvement: (pairs: Int, average: Double)? {
        let changes = histories.values.compactMap(\.improvement)
        guard !changes.isEmpty else { return nil }
        return (changes.count, Double(changes.reduce(0, +)) / Double(changes.count))
    }

    /// The language most sessions were played in: the report's default language.
    public var mainLanguage: Language {
        languages.max { a, b in a.value != b.value ? a.value < b.value : a.key.rawValue > b.key.rawValue }?.key ?? .zh
    }
}
