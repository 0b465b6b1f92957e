import SalesMethod

/// The report's own wording in Chinese or English (scenario text and reasons stay as recorded).
public struct ReportText: Sendable {
    public var language: Language

    public init(_ language: Language) {
        self.language = language
    }

    func t(_ zh: String, _ en: String) -> String { language == .zh ? zh : en }

    public var title: String { t("培训报告", "Class report") }
    public var results: String { t("成绩", "Results") }
    public var trainee: String { t("学员", "Trainee") }
    public var scenario: String { t("场景", "Scenario") }
    public var attempts: String { t("次数", "Tries") }
    public var first: String { t("首次", "First") }
    public var best: String { t("最佳", "Best") }
    public var latest: String { t("最近", "Latest") }
    public var band: String { t("等级", "Band") }
    public var result: String { t("结果", "Result") }
    public var change: String { t("进步", "Change") }
    public var passed: String { t("通过", "pass") }
    public var failed: String { t("未通过", "fail") }
    public var unfinished: String { t("未完成", "unfinished") }
    public var dimensions: String { t("各维度平均分", "Dimension averages") }
    public var classAverage: String { t("全班", "Class") }
    public var weakest: String { t("最薄弱", "weakest") }
    public var mistakes: String { t("常见失误", "Frequent mistakes") }
    public var rule: String { t("规则", "Rule") }
    public var dimension: String { t("维度", "Dimension") }
    public var times: String { t("次数", "Times") }
    public var sessionsColumn: String { t("场次", "Sessions") }
    public var traineesColumn: String { t("人数", "Trainees") }
    public var reason: String { t("典型原因", "Typical reason") }
    public var choices: String { t("各节点的选择分布", "Choices at each node") }
    public var node: String { t("节点", "Node") }
    public var choice: String { t("选项", "Choice") }
    public var answers: String { t("回答", "Answers") }
    public var averagePoints: String { t("平均得分", "Avg points") }
    public var unmatched: String { t("未听懂", "not understood") }
    public var unclear: String { t("含糊", "ambiguous") }
    public var improvement: String { t("多次练习的进步", "Improvement across attempts") }
    public var scoresAcrossAttempts: String { t("历次总分", "Scores across attempts") }
    public var attempt: String { t("第几次", "Attempt") }
    public var skipped: String { t("跳过的文件", "Skipped files") }
    public var noSessions: String { t("没有可统计的记录。", "No sessions to report.") }

    public var notCounted: String { t("未计入的会谈", "Sessions not counted") }

    public func summary(sessions: Int, finished: Int, filteredOut: Int, skipped: Int, notCounted: Int = 0) -> String {
        var text = t("\(sessions) 场会谈（\(finished) 场完成，\(sessions - finished) 场未完成）",
                     "\(sessions) session\(sessions == 1 ? "" : "s") (\(finished) finished, \(sessions - finished) unfinished)")
        if filteredOut > 0 { text += t("，\(filteredOut) 场不在筛选范围内", ", \(filteredOut) outside the filter") }
        if notCounted > 0 {
            text += t("，\(notCounted) 场未计入（无法复现或未核实）", ", \(notCounted) not counted (do not replay or unverified)")
        }
        if skipped > 0 { text += t("，跳过 \(skipped) 个文件", ", \(skipped) file\(skipped == 1 ? "" : "s") skipped") }
        return text
    }

    /// How far the figures were checked: replayed from the answers, or taken as written.
    public func checking(trusted: Int, changedScenario: Int) -> String? {
        if trusted > 0 {
            return t("成绩按文件所写采用，未经复现（--trust）。", "Figures taken as written, not replayed (--trust).")
        }
        guard changedScenario > 0 else { return nil }
        return t("\(changedScenario) 场会谈录制后剧本已改动，在现行剧本上复现无误。",
                 "\(changedScenario) session\(changedScenario == 1 ? "" : "s") replayed on a scenario changed since recording.")
    }

    public func improvementSummary(pairs: Int, average: Double) -> String {
        let formatted = Self.signed(average)
        return t("\(pairs) 组多次练习，从首次到最近平均 \(formatted) 分",
                 "\(pairs) trainee–scenario pair\(pairs == 1 ? "" : "s") with repeat attempts: \(formatted) points first→latest on average")
    }

    /// Pass or fail, saying which attempt passed when it was not the latest: the row's band and
    /// score are the latest attempt's, and a bare "pass" beside a failing latest score reads wrong.
    public func verdict(_ history: AttemptHistory) -> String {
        guard history.finished > 0, let latest = history.latest else { return unfinished }
        if latest.passed { return passed }
        return history.passedOnce ? t("最佳一次通过，最近未通过", "best passed, latest failed") : failed
    }

    /// "+12", "−3", "0"; one decimal when not whole.
    public static func signed(_ value: Double) -> String {
        let rounded = (value * 10).rounded() / 10
        let body = rounded == rounded.rounded() ? String(Int(abs(rounded))) : String(format: "%.1f", abs(rounded))
        return rounded > 0 ? "+" + body : (rounded < 0 ? "−" + body : body)
    }

    public static func signed(_ value: Int) -> String { signed(Double(value)) }
}
