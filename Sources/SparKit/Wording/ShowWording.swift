import SalesMethod

/// `spar show`: a recorded session as a trainer reads it in the terminal.
extension Wording {
    public var scenarioMissing: String { t("（找不到场景文件，不显示客户的台词）", "(scenario not found: the customer's lines are not shown)") }
    public var scenarioChanged: String { t("（场景文件在录制后有改动，台词可能与当时不同）", "(the scenario changed since recording: lines may differ)") }
    public var unfinished: String { t("（会谈没有结束：记录中没有结束行）", "(unfinished: the transcript has no end line)") }
    /// What replaying the session found, when the reader must know it; nil for a session that replayed as recorded.
    public func checking(_ verification: SessionVerification) -> String? {
        switch verification {
        case .replayed(scenarioChanged: _): nil
        case .doesNotReplay(let divergence):
            t("（无法复现：第 \(divergence.line) 行：\(divergence.message)。记录中的成绩不予采信，不显示）",
              "(does not replay: line \(divergence.line): \(divergence.message). The recorded score is not shown)")
        case .unverified(let reason):
            t("（未核实：\(reason)。记录中的成绩不显示）", "(unverified: \(reason). The recorded score is not shown)")
        case .trusted: t("（成绩按文件所写显示，未经复现：--trust）", "(figures as written, not replayed: --trust)")
        case .startedMidScenario: t("（从剧本中途开始（--from/--set）：作者的试玩，不是整场成绩）",
                                    "(started mid-scenario with --from/--set: an author's try, not a score on the whole scenario)")
        }
    }

    public var typed: String { t("原话：", "typed: ") }
    public var classifiedAs: String { t("分类：", "Classified: ") }
    public var onTheKnownFacts: String { t("；按已知事实：", "; on the known facts: ") }
    public var mappedContact: String { t("人物：", "Mapped: ") }
    public var notUnderstood: String { t("没听懂：", "not understood: ") }
    public var scorecardTitle: String { t("成绩单", "Scorecard") }
    public var outcomeLabel: String { t("结果：", "Outcome: ") }
    public var overallLabel: String { t("总分：", "Overall: ") }

    /// "含糊（1/2）：" / "ambiguous (1/2): ".
    public func ambiguous(_ candidates: [Int]) -> String {
        let listed = candidates.map(String.init).joined(separator: "/")
        return t("含糊（\(listed)）：", "ambiguous (\(listed)): ")
    }

    /// A recorded classification's reasons: ids worded, unknown ones as written.
    public func classificationReasons(_ ids: [String]) -> String? {
        guard !ids.isEmpty else { return nil }
        let names = ids.map { ClassificationReason(rawValue: $0)?.name.text(language) ?? $0 }
        return t("（", " (") + list(names) + t("）", ")")
    }

    /// A recorded class id worded, an unknown one as written.
    public func className(_ id: String) -> String { CustomerClass(rawValue: id)?.name.text(language) ?? id }
}
