import SalesMethod

/// Mistakes (score events with negative points) grouped by rule, with counts and a representative reason.
public struct MistakeTally: Sendable, Hashable {
    public struct Entry: Sendable, Hashable {
        public var rule: String
        public var dimension: ScoreDimension
        /// How many times the mistake was made.
        public var count = 0
        /// Points lost in total (negative).
        public var points = 0
        /// In how many sessions, and by how many trainees.
        public var sessions = 0
        public var trainees: Set<String> = []
        /// Reason texts by language with their counts; capped, since reasons name contacts and signals.
        public var reasons: [Language: [String: Int]] = [:]
        fileprivate var lastSession = -1

        fileprivate mutating func count(_ event: ScoreEvent, language: Language, trainee: String, session: Int) {
            count += 1
            points += event.points
            if lastSession != session {
                sessions += 1
                lastSession = session
            }
            trainees.insert(trainee)
            // Worded in every language from the rule and its arguments, so an English report of
            // Chinese sessions reads in English; an author's own reason stays in its language.
            for wanted in Language.allCases {
                guard let text = ScoreReasonWording.reason(rule: event.rule, args: event.args ?? [:], language: wanted)
                    ?? (wanted == language ? event.reason : nil) else { continue }
                let pool = reasons[wanted]
                if pool?[text] != nil || (pool?.count ?? 0) < MistakeTally.keptReasonsPerRule {
                    reasons[wanted, default: [:]][text, default: 0] += 1
                }
            }
        }

        /// The most frequent reason in the wanted language (else in any), shortest on a tie for stable output.
        public func representativeReason(_ language: Language) -> String {
            let pool = reasons[language] ?? reasons.values.first ?? [:]
            return pool.max { a, b in a.value != b.value ? a.value < b.value : a.key > b.key }?.key ?? rule
        }
    }

    static let keptReasonsPerRule = 20

    public private(set) var entries: [String: Entry] = [:]

    public init() {}

    /// `session` numbers the session within the report, so a mistake repeated in one session counts once there.
    public mutating func add(_ event: ScoreEvent, language: Language, trainee: String, session: Int) {
        guard event.points < 0 else { return }
        // Counted in place: an entry copied out and back would copy its set of trainees every time.
        entries[event.rule, default: Entry(rule: event.rule, dimension: event.dimension)]
            .count(event, language: language, trainee: trainee, session: session)
    }

    /// Most frequent first; rule id breaks ties.
    public func top(_ limit: Int) -> [Entry] {
        Array(entries.values.sorted { a, b in a.count != b.count ? a.count > b.count : a.rule < b.rule }.prefix(limit))
    }
}
