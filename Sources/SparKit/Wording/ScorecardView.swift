import SalesMethod

/// The scorecard worded for a trainee: what local play prints at the end and a classroom server
/// sends. Figures stay figures (a front end draws the bars); every text is in the trainee's language.
public struct ScorecardView: Sendable, Hashable, Codable {
    public struct Dimension: Sendable, Hashable, Codable {
        public var name: String
        /// 0–100 against the best reachable; nil when the scenario cannot score it.
        public var percent: Int?
        public var achieved: Int
        public var best: Int
        /// Scored at a checkpoint this session never came to: shown as `notReachedText`, not 0%.
        public var notReached: Bool
    }

    /// One point with its reason: "第3轮 +3 成交 抓住购买信号…".
    public struct Point: Sendable, Hashable, Codable {
        public var turn: String
        public var line: DisplayLine
    }

    public struct Coaching: Sendable, Hashable, Codable {
        public var turn: String
        public var text: String
    }

    public var title: String
    public var outcomeLabel: String
    public var outcome: String?
    /// With a follow-up outcome: the scenario's chance that follow-up still signs.
    public var followUpNote: String?
    public var overallLabel: String
    public var overall: Int
    public var band: Band
    public var bandName: String
    public var passed: Bool
    public var verdict: String
    public var passMarkNote: String
    /// "Hints used: 2." when the trainee asked for any: the score was helped.
    public var hintsNote: String?
    public var notInScenario: String
    public var notReachedText: String
    /// The method's worst errors made in this session, named; and what they did to the verdict.
    public var criticalHeading: String
    public var criticalErrors: [String]
    public var dimensions: [Dimension]
    public var pointsHeading: String
    public var points: [Point]
    public var coachingHeading: String
    /// Empty unless the feedback is shown on the scorecard (exam mode).
    public var coaching: [Coaching]

    public init(_ card: Scorecard, feedback: [TurnFeedback], showFeedback: Bool, language: Language, hintsUsed: Int = 0) {
        let w = Wording(language)
        hintsNote = hintsUsed > 0 ? w.t("本次用了 \(hintsUsed) 次提示。", "Hints used: \(hintsUsed).") : nil
        title = w.t("成绩单", "Scorecard")
        outcomeLabel = w.t("结果：", "Outcome: ")
        outcome = card.outcome?.name(language)
        if card.outcome == .followUp {
            let percent = Int((card.followUpSigningChance * 100).rounded())
            followUpNote = w.t("（事后跟进签单概率约\(percent)%，场景设定）", "(later follow-up signs about \(percent)% of the time — scenario setting)")
        }
        overallLabel = w.t("总分：", "Overall: ")
        overall = card.overall
        band = card.band
        bandName = card.band.name(language)
        passed = card.passed
        verdict = card.passed ? w.pass : w.notPassed
        // "Proficient, not passed" read as a contradiction: the band is the level, the verdict says why.
        passMarkNote = card.passed
            ? w.t("（及格线 \(card.passMark)）", " (pass mark \(card.passMark))")
            : w.t("：低于及格线 \(card.passMark)", ": below the pass mark of \(card.passMark)")
        notInScenario = w.notInScenario
        notReachedText = w.t("未到达检查点", "checkpoint not reached")
        criticalHeading = card.criticalErrorsBlockPass
            ? w.t("严重错误（不能通过）：", "Critical errors (no pass):")
            : w.t("严重错误：", "Critical errors:")
        criticalErrors = card.criticalErrors.map { $0.name(language) }
        dimensions = card.dimensions.map {
            Dimension(name: $0.dimension.name(language), percent: $0.percent, achieved: $0.achieved, best: $0.best,
                      notReached: !$0.reached)
        }
        pointsHeading = w.t("得分明细：", "Every point:")
        points = card.events.map { Point(turn: $0.turn > 0 ? w.turn($0.turn) : w.t("结束", "end"), line: w.scoreLine($0)) }
        coachingHeading = w.t("点评：", "Coaching:")
        coaching = showFeedback ? feedback.map { Coaching(turn: w.turn($0.turn), text: $0.text) } : []
    }
}
