import SalesMethod

/// A score event's reason worded from its rule id and arguments, in either language: a session
/// played in Chinese reads in English for an English-speaking trainer, and the other way round.
/// The method's rules word their reasons here too, so the recorded `reason` and this table agree.
public enum ScoreReasonWording {
    /// Nil when the rule is not one of the method's or an argument is missing or unknown.
    public static func reason(rule: String, args: [String: String], language: Language) -> String? {
        let w = Wording(language)
        let a = Arguments(values: args, language: language)
        switch rule {
        case "author.score":
            return w.t("场景作者评分", "scenario author's score")
        case "classification.right":
            guard let right = a.name(CustomerClass.self, "class") else { return nil }
            return w.t("分类正确：\(right.zh)", "right class: \(right.en)")
        case "classification.d_as_a":
            return w.t("把D类当A类：至少浪费3小时，本可开发一两个A类客户",
                       "judged a D as an A: at least 3 hours wasted that could have opened one or two A's")
        case "classification.wrong":
            guard let given = a.name(CustomerClass.self, "given"), let right = a.name(CustomerClass.self, "expected") else { return nil }
            return w.t("分类错误：判为\(given.zh)，按已知事实应为\(right.zh)",
                       "wrong class: \(given.en); the known facts make it \(right.en)")
        case "classification.reason_right", "classification.reason_missing":
            guard let reason = a.name(ClassificationReason.self, "reason"), let direction = a.direction else { return nil }
            if rule == "classification.reason_right" {
                return w.t("\(direction)判断：\(reason.zh)", "\(direction) reason: \(reason.en)")
            }
            return w.t("缺少\(direction)判断：\(reason.zh)", "missing \(direction) reason: \(reason.en)")
        case "classification.reason_wrong":
            guard let reason = a.name(ClassificationReason.self, "reason") else { return nil }
            return w.t("理由不成立：\(reason.zh)", "reason does not hold: \(reason.en)")
        case "classification.missing_named", "classification.missing_unnamed":
            guard let fact = a.name(AccountFact.self, "fact") else { return nil }
            if rule == "classification.missing_named" {
                return w.t("尚不能判断，并说出了还缺的信息：\(fact.zh)", "not yet known, naming what is missing: \(fact.en)")
            }
            return w.t("尚不能判断，却没说还缺什么：下一步该弄清\(fact.zh)",
                       "not yet known, without naming what is missing: find out \(fact.en) next")
        case "closing.missed_signal":
            guard let signals = a.signals else { return nil }
            return w.t("错过购买信号（\(signals)）：此时应尝试成交", "missed a buying signal (\(signals)): that was the moment to close")
        case "closing.on_signal":
            guard let signals = a.signals, let technique = a.name(ClosingTechnique.self, "technique") else { return nil }
            return w.t("抓住购买信号（\(signals)）及时成交：\(technique.zh)",
                       "closed right after a buying signal (\(signals)): \(technique.en)")
        case "closing.after_objection":
            guard let technique = a.name(ClosingTechnique.self, "technique") else { return nil }
            return w.t("异议消除后立即成交：\(technique.zh)", "closed right after removing the objection: \(technique.en)")
        case "closing.in_window":
            guard let technique = a.name(ClosingTechnique.self, "technique"), let minutes = a.number("minutes") else { return nil }
            return w.t("最后\(minutes)分钟要敢于成交：\(technique.zh)", "dared to close in the closing window: \(technique.en)")
        case "closing.premature":
            return w.t("过早成交：没有购买信号，也不在成交窗口", "premature close: no buying signal and not in the closing window")
        case "closing.no_close":
            guard let percent = a.number("percent") else { return nil }
            return w.t("会谈结束前最后阶段没有尝试成交：事后跟进成功率仅约\(percent)%",
                       "no close attempt in the last minutes: later follow-up signs only about \(percent)% of the time")
        case "discovery.fact":
            guard let fact = a.name(AccountFact.self, "fact"), let id = args["fact"].flatMap(AccountFact.init(rawValue:)),
                  let value = args["value"] else { return nil }
            return w.t("发掘信息：\(fact.zh) = \(FactWording.value(value, of: id, .zh))",
                       "uncovered \(fact.en): \(FactWording.value(value, of: id, .en))")
        case "objection.laer", "objection.unexplored", "objection.argue", "objection.concede":
            guard let kind = a.name(ObjectionKind.self, "objection")?.text(language) else { return nil }
            switch rule {
            case "objection.laer":
                return w.t("先认同、探询\(kind)，再回应（LAER）", "acknowledged and explored the \(kind) before responding (LAER)")
            case "objection.unexplored":
                return w.t("未探询就回应\(kind)：先问清客户真正的顾虑", "responded to the \(kind) without exploring it first")
            case "objection.argue":
                return w.t("就\(kind)与客户争辩：赢了道理，输了订单", "argued with the customer over the \(kind)")
            default:
                return w.t("面对\(kind)立即让步：还没弄清顾虑就让价",
                           "conceded at once on the \(kind), before finding out what lies behind it")
            }
        case "people.right", "people.wrong":
            guard let contact = args["contact"], let field = args["field"], let value = a.personValue(field: field) else { return nil }
            let fieldName: String
            switch field {
            case "role": fieldName = w.t("角色", "role")
            case "attitude": fieldName = w.t("态度", "attitude")
            default: fieldName = w.t("沟通类型", "style")
            }
            if rule == "people.right" {
                return w.t("\(contact)的\(fieldName)判断正确：\(value.zh)", "\(contact)'s \(fieldName): right (\(value.en))")
            }
            return w.t("\(contact)的\(fieldName)判断错误：不是\(value.zh)", "\(contact)'s \(fieldName): not \(value.en)")
        case "rapport.suits", "rapport.clashes":
            guard let contact = args["contact"], let style = a.name(CommunicationStyle.self, "style") else { return nil }
            if rule == "rapport.suits" {
                return w.t("契合\(contact)的沟通类型（\(style.zh)）", "suits \(contact)'s style (\(style.en))")
            }
            return w.t("不符合\(contact)的沟通类型（\(style.zh)）", "clashes with \(contact)'s style (\(style.en))")
        case "stage.in_sync", "stage.skipped", "stage.lagging":
            guard let task = args["task"].flatMap(LifecycleTask.init(rawValue:)),
                  let stage = args["stage"].flatMap(LifecycleStage.init(rawValue:)) else { return nil }
            return stageReason(rule: rule, task: task, stage: stage, w)
        case "stage.out_of_order":
            guard let task = args["task"].flatMap(LifecycleTask.init(rawValue:)),
                  let owed = args["owed"].flatMap(LifecycleTask.init(rawValue:)) else { return nil }
            return w.t("顺序颠倒：\(owed.name.zh)还没做，就先做\(task.name.zh)",
                       "out of order: \(task.name.en) before \(owed.name.en), which is still owed")
        case "stage.back":
            guard let task = args["task"].flatMap(LifecycleTask.init(rawValue:)),
                  let reached = args["reached"].flatMap(LifecycleTask.init(rawValue:)) else { return nil }
            return w.t("走回头路：已经到了\(reached.name.zh)，又回到\(task.name.zh)",
                       "going back: \(reached.name.en) is under way, and this returns to \(task.name.en)")
        case "discovery.pitch_before_need":
            return w.t("需求还没确认就介绍方案：先了解需求，再有针对性地介绍",
                       "presented a solution before the need was established: find out the need first, then present to it")
        case "sync.in_step", "sync.pushing", "sync.lagging":
            guard let buying = args["buying"].flatMap(BuyingPhase.init(rawValue:)),
                  let step = args["step"].flatMap(SalesStep.init(rawValue:)) else { return nil }
            let expected = buying.step
            switch rule {
            case "sync.in_step":
                return w.t("与客户采购同步：\(buying.name.zh)—\(step.name.zh)", "in sync with the buyer: \(buying.name.en) – \(step.name.en)")
            case "sync.pushing":
                return w.t("推进过快：客户还在\(buying.name.zh)，应做\(expected.name.zh)而不是\(step.name.zh)",
                           "pushing: the buyer is at \(buying.name.en); the step is \(expected.name.en), not \(step.name.en)")
            default:
                return w.t("落后于客户：客户已到\(buying.name.zh)，应做\(expected.name.zh)而不是\(step.name.zh)",
                           "lagging: the buyer is at \(buying.name.en); the step is \(expected.name.en), not \(step.name.en)")
            }
        default:
            return nil
        }
    }

    private static func stageReason(rule: String, task: LifecycleTask, stage: LifecycleStage, _ w: Wording) -> String {
        switch rule {
        case "stage.in_sync":
            return w.t("阶段同步：\(task.name.zh)属于\(stage.name.zh)", "in stage: \(task.name.en) belongs to \(stage.name.en)")
        case "stage.lagging":
            return w.t("停留在\(task.stage.name.zh)：客户已进入\(stage.name.zh)",
                       "stuck in \(task.stage.name.en): the relationship is already in \(stage.name.en)")
        default:
            if task.stage.order - stage.order == 1 {
                return w.t("提前进入\(task.stage.name.zh)：\(stage.name.zh)的任务还没完成，阶段不能跳跃（\(task.name.zh)）",
                           "jumped ahead to \(task.stage.name.en) before finishing \(stage.name.en): stages cannot be skipped (\(task.name.en))")
            }
            let skipped = LifecycleStage.allCases.filter { $0.order > stage.order && $0.order < task.stage.order }
            return w.t("跳过了\(skipped.map(\.name.zh).joined(separator: "、"))：阶段不能跳跃（\(task.name.zh)属于\(task.stage.name.zh)）",
                       "skipped \(skipped.map(\.name.en).joined(separator: ", ")): stages cannot be skipped (\(task.name.en) belongs to \(task.stage.name.en))")
        }
    }

    /// A rule's arguments read back: ids to names, numbers checked.
    private struct Arguments {
        var values: [String: String]
        var language: Language

        func name<T: MethodIdentifier>(_ type: T.Type, _ key: String) -> LocalizedName? {
            values[key].flatMap(T.init(rawValue:))?.name
        }

        func number(_ key: String) -> Int? { values[key].flatMap { Int($0) } }

        /// "正向"/"forward" or "反向"/"reverse".
        var direction: String? {
            switch values["direction"] {
            case "forward": Wording(language).t("正向", "forward")
            case "reverse": Wording(language).t("反向", "reverse")
            default: nil
            }
        }

        /// The signals' names as a list; nil when any id is unknown.
        var signals: String? {
            guard let ids = values["signals"] else { return nil }
            let signals = ids.split(separator: ",").map { BuyingSignal(rawValue: String($0)) }
            guard !signals.isEmpty, !signals.contains(nil) else { return nil }
            return Wording(language).list(signals.compactMap { $0?.name.text(language) })
        }

        func personValue(field: String) -> LocalizedName? {
            switch field {
            case "role": name(BuyerRole.self, "value")
            case "attitude": name(Attitude.self, "value")
            case "style": name(CommunicationStyle.self, "value")
            default: nil
            }
        }
    }
}
