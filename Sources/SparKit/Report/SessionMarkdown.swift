import SalesMethod

/// `spar show --markdown`: one session as Markdown, to paste into a wiki or send to a trainee.
public struct SessionMarkdown: Sendable {
    public var view: SessionView
    /// The report's own words and the score reasons (when recorded with their arguments) in this language.
    public var language: Language

    public init(_ view: SessionView, language: Language? = nil) {
        self.view = view
        self.language = language ?? view.header.lang
    }

    func t(_ zh: String, _ en: String) -> String { language == .zh ? zh : en }

    public func render() -> String {
        let header = view.header
        var out = "# \(inline(view.scenarioTitle ?? header.scenario)) — \(inline(header.trainee))\n\n"
        var facts = [t("场景：", "Scenario: ") + code(header.scenario),
                     t("模式：", "Mode: ") + (header.mode == .exam ? t("考试", "exam") : t("练习", "practice")),
                     t("开始：", "Started: ") + SessionDate.short(header.started) + " UTC"]
        if let className = header.className { facts.append(t("班级：", "Class: ") + inline(className)) }
        out += facts.map { "- \($0)\n" }.joined()
        if view.scenarioMissing {
            out += "\n> " + t("找不到场景文件，不显示客户的台词。", "The scenario was not found: the customer's lines are not shown.") + "\n"
        } else if view.scenarioChanged {
            out += "\n> " + t("场景文件在录制后有改动，台词可能与当时不同。", "The scenario changed since this was recorded: lines may differ.") + "\n"
        }
        if let checking = Wording(language).checking(view.verification) { out += "\n> " + inline(checking) + "\n" }
        for step in view.steps { out += render(step) }
        out += scorecard()
        return out
    }

    func render(_ step: SessionView.Step) -> String {
        let record = step.record
        var out = ""
        if let customer = step.customer {
            out += "\n> **\(inline(customer.speaker))**\(t("：", ": "))\(inline(customer.line))\n"
            if let cue = customer.cue { out += ">\n> *\(inline(cue))*\n" }
        }
        let turn = record.turn.flatMap { $0 > 0 ? t("第\($0)轮", "Turn \($0)") : nil } ?? ""
        let node = record.node.map(code) ?? ""
        switch record.type {
        case .turn:
            out += "\n### \(turn) · \(node)\n\n"
            out += t("**回答**：", "**Answer**: ") + inline(record.input ?? "")
            if let matched = record.matched {
                out += t(" → 选项 \(matched)", " → choice \(matched)")
                if let say = record.say, say != record.input { out += t("：", ": ") + inline(say) }
            }
            out += "\n"
            if let elapsed = record.elapsed {
                out += "\n⏱ " + (view.meetingMinutes.map { t("\(elapsed)/\($0) 分钟", "\(elapsed)/\($0) min") }
                                  ?? t("\(elapsed) 分钟", "\(elapsed) min")) + "\n"
            }
        case .classify:
            out += "\n### \(t("检查点：客户分类", "Checkpoint: classification")) · \(node)\n\n"
            out += t("**判断**：", "**Call**: ") + className(record.given)
            let reasons = (record.reasons ?? []).map { ClassificationReason(rawValue: $0)?.name.text(language) ?? inline($0) }
            if !reasons.isEmpty { out += t("（", " (") + reasons.joined(separator: t("、", ", ")) + t("）", ")") }
            if let expected = record.expected { out += t("；按已知事实：", "; on the known facts: ") + className(expected) }
            out += "\n"
        case .map:
            out += "\n### \(t("检查点：人物", "Checkpoint: people")) · \(node)\n\n"
            out += "**\(inline(record.contact ?? ""))**\(t("：", ": "))\(inline(record.input ?? ""))\n"
        case .unmatched:
            out += "\n- " + t("没听懂：", "Not understood: ") + inline(record.input ?? "") + "\n"
        case .unclear:
            let candidates = (record.candidates ?? []).map(String.init).joined(separator: "/")
            out += "\n- " + t("含糊（可能是 \(candidates)）：", "Ambiguous (could be \(candidates)): ") + inline(record.input ?? "") + "\n"
        default:
            // The input is the command as typed ("/back"); older records may lack it.
            out += "\n- " + code(record.input ?? "/\(record.type)") + "\n"
        }
        if step.undone { out += "\n*" + t("（已撤回，不计分）", "(taken back: not scored)") + "*\n" }
        if let outcome = record.outcome { out += "\n**" + t("会谈结束：", "Meeting over: ") + outcome.name(language) + "**\n" }
        let events = record.events ?? []
        if !events.isEmpty {
            out += "\n| \(t("得分", "Points")) | \(t("维度", "Dimension")) | \(t("原因", "Reason")) |\n|---:|---|---|\n"
            for event in events {
                out += "| \(ReportText.signed(event.points)) | \(event.dimension.name(language)) | \(inline(event.reason(in: language))) |\n"
            }
        }
        return out
    }

    func scorecard() -> String {
        if view.end != nil, view.believedEnd == nil {
            return "\n## " + t("成绩单", "Scorecard") + "\n\n" + t("不显示：见开头的说明。", "Not shown: see the note at the top.") + "\n"
        }
        guard let end = view.believedEnd else {
            return "\n## " + t("未完成", "Unfinished") + "\n\n" + t("会谈没有结束（记录中没有结束行）。", "The meeting did not end (no end line).") + "\n"
        }
        var out = "\n## \(t("成绩单", "Scorecard"))\n\n"
        if let outcome = end.outcome { out += t("- 结果：", "- Outcome: ") + outcome.name(language) + "\n" }
        out += t("- 总分：", "- Overall: ") + "**\(end.overall)** / 100 · \(end.band.name(language)) · "
            + (end.passed ? t("通过", "pass") : t("未通过", "not passed")) + "\n"
        out += t("- 用时：", "- Time: ") + t("\(end.elapsed) 分钟，\(end.turns) 轮", "\(end.elapsed) min, \(end.turns) turns") + "\n"
        for adjustment in end.adjustments ?? [] { out += "- " + inline(adjustment) + "\n" }
        out += "\n| \(t("维度", "Dimension")) | % | \(t("得分", "Points")) |\n|---|---:|---:|\n"
        let points = view.pointsByDimension
        for dimension in ScoreDimension.allCases {
            let percent = end.dimensions[dimension.rawValue].map(String.init) ?? "–"
            out += "| \(dimension.name(language)) | \(percent) | \(ReportText.signed(points[dimension] ?? 0)) |\n"
        }
        return out
    }

    func className(_ raw: String?) -> String {
        guard let raw else { return "" }
        return CustomerClass(rawValue: raw)?.name.text(language) ?? inline(raw)
    }

    /// An id or a command in a code span it cannot leave: a backtick in it becomes an apostrophe,
    /// control and invisible characters are shown (a transcript's ids are the trainee's to write).
    func code(_ text: String) -> String {
        "`" + VisibleText.visible(text).replacingOccurrences(of: "`", with: "'") + "`"
    }

    /// Typed text cannot start a heading, list or HTML tag when pasted into Markdown, and shows
    /// control and invisible characters instead of passing them on.
    func inline(_ text: String) -> String {
        var out = ""
        for character in VisibleText.visible(text) {
            if "\\`*_[]<>#|".contains(character) { out.append("\\") }
            out.append(character == "\n" ? " " : character)
        }
        return out
    }
}
