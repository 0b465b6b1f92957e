import SalesMethod

/// `/hint`: what the method says about this moment, and the kind of move the best answer makes,
/// named by the method (a trial close, LAER's acknowledge, a style to suit), never the answer itself:
/// a hint that names the choice teaches picking numbers, not selling.
enum Hints {
    static func advice(for session: Session) -> [String] {
        let language = session.language
        let state = session.state
        var lines: [String] = []
        if case .signals(let signals)? = state.opportunity {
            let names = signals.map { $0.name.text(language) }.joined(separator: text(language, "、", ", "))
            lines.append(text(language, "客户刚刚发出购买信号（\(names)）：这是尝试成交的时机。",
                              "The customer just showed a buying signal (\(names)): a moment to close."))
        }
        if state.opportunity == .objectionRemoved {
            lines.append(text(language, "异议刚被消除：趁热尝试成交。", "An objection was just removed: try to close."))
        }
        if let objection = state.objection, !objection.explored, !objection.answered {
            lines.append(text(language, "客户提出了\(objection.kind.name.zh)：先认同、探询，再回应（LAER），不要急着让步或争辩。",
                              "There is an open \(objection.kind.name.en): acknowledge and explore before responding (LAER); don't concede or argue."))
        }
        if session.scenario.meeting.isInClosingWindow(elapsed: state.elapsed) {
            lines.append(text(language, "已进入最后\(session.scenario.meeting.closingWindow)分钟：要敢于提出成交。",
                              "You are in the last \(session.scenario.meeting.closingWindow) minutes: dare to ask for the order."))
        }
        if let stage = state.stage {
            let tasks = stage.tasks.map { $0.name.text(language) }.joined(separator: text(language, "、", ", "))
            lines.append(text(language, "当前是\(stage.name.zh)，本阶段的任务：\(tasks)；不要跳过阶段。",
                              "The relationship is in \(stage.name.en); its tasks: \(tasks). Don't skip stages."))
        }
        if let buying = state.buying {
            lines.append(text(language, "客户处于\(buying.name.zh)阶段，对应的销售步骤是\(buying.step.name.zh)。",
                              "The buyer is at \(buying.name.en); the matching sales step is \(buying.step.name.en)."))
        }
        if let best = ScoreSearch.bestNextChoice(from: session) {
            let moves = direction(of: best, language: language)
            if !moves.isEmpty {
                lines.append(text(language, "方向：" + moves.joined(separator: "；"), "Direction: " + moves.joined(separator: "; ")))
            }
        }
        return lines
    }

    /// What the method calls the best answer's move, from its tags.
    static func direction(of choice: Choice, language: Language) -> [String] {
        var moves: [String] = []
        if let close = choice.closing { moves.append(text(language, "尝试\(close.name.zh)", "try a \(close.name.en)")) }
        if let handles = choice.handles {
            moves.append(text(language, "处理异议：\(handles.name.zh)", "handle the objection: \(handles.name.en)"))
        }
        if let step = choice.step { moves.append(text(language, "销售步骤：\(step.name.zh)", "sales step: \(step.name.en)")) }
        if let task = choice.task { moves.append(text(language, "阶段任务：\(task.name.zh)", "stage task: \(task.name.en)")) }
        if !choice.suits.isEmpty {
            let styles = choice.suits.map { $0.name.text(language) }.joined(separator: text(language, "、", ", "))
            moves.append(text(language, "顺应客户的\(styles)风格", "suit the customer's \(styles) style"))
        }
        return moves
    }
}
