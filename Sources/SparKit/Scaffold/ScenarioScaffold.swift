import SalesMethod

/// `spar new`: a small, commented scenario that lints clean and plays to an end — a trainer's starting point.
public enum ScenarioScaffold {
    /// The YAML text; `schemaPath` goes in the editor comment so keys complete as you type.
    public static func text(id: String, language: Language, schemaPath: String) -> String {
        let header = "# yaml-language-server: $schema=\(schemaPath)\n"
        return header + (language == .zh ? chinese(id: id) : english(id: id))
    }

    static func chinese(id: String) -> String {
        """
        # 场景文件：一个客户会谈的分支剧本。格式说明见 docs/scenario-format.md，
        # 写完用 `spar lint` 检查，用 `spar play` 试玩，用 `spar explore` 看结局和最高分。
        id: \(id)
        title: 新场景：某制造企业设备升级
        language: zh
        summary: 一次技术交流会，客户对价格有顾虑；学员要先探询，再抓住购买信号成交。
        notes:
          objectives: [用LAER处理价格异议, 抓住购买信号当场成交]
          teaches: ["最后20分钟要敢于成交", "同步销售"]
          difficulty: 2
          duration: 10
        meeting: { minutes: 60, closing_window: 20 }   # 最后20分钟为成交窗口
        account:
          company: 某制造企业
          demand_level: intermediate
          # 隐藏的事实：在对话中逐步揭示，分类检查点按“已揭示的事实”评分
          truth: { need: yes, can_pay: yes, sees_value: yes, kp: first, budget: 80万 }
        contacts:
          zhou: { name: 周总, title: 总经理, kp: first, role: approver, attitude: sponsor, style: driver }
          sun:  { name: 孙工, title: 设备主管, kp: third, role: evaluator, attitude: neutral, style: analytical }
          qian: { name: 钱经理, title: 采购经理, role: purchaser, attitude: non_supporter, style: amiable }
        start: opening
        nodes:
          opening:
            stage: investigation          # 关系阶段：考察期
            buying: evaluation            # 客户采购阶段：项目评估（对应销售步骤：论证）
            speaker: sun
            line: 方案我们看了，但你们的报价比另一家高了不少。
            objection: price
            minutes: 15
            choices:
              - say: 价格确实很重要。您评估时最看重哪几项指标？
                match: [看重什么, 哪些指标, 最关心]
                task: technical_exchange
                step: proof
                handles: explore
                suits: [analytical]
                reveals: [need]
                feedback: 先探询客户真正的顾虑（LAER），也让评估者说出了价值标准。
                goto: value
              - say: 这样吧，我们给您打个九折。
                match: [打折, 九折, 便宜]
                close: concession
                feedback: 还没弄清顾虑就让价，既丢了利润，也没有建立价值。
                goto: lost_price
          value:
            buying: decision              # 客户进入项目决策阶段（对应销售步骤：缘由）
            resolves: price               # 客户接受了回答：价格异议在这里消除
            speaker: zhou
            line: 如果下个月开工，你们多久能到货？预算我们留了八十万左右。
            cue: 周总身体前倾，看着你。
            signals: [leans_forward, asks_delivery]
            reveals: [can_pay, budget, kp]
            minutes: 30
            ask: classify                 # 检查点：学员判断A/B/C/D并说明理由
            choices:
              - say: 两周到货。您看今天把合同定下来，下个月就能按时开工。
                match: [今天定下来, 签合同, 两周到货]
                step: justification
                close: assumptive
                suits: [driver]
                feedback: 信号出现就要及时成交：推定承诺法。
                goto: signed
              - say: 我回去和公司确认一下交期，再给您答复。
                match: [回去确认, 再答复]
                clashes: [driver]
                feedback: 购买信号出现时没有尝试成交，事后跟进的成功率只有约10%。
                goto: follow_up
          signed:
            end: { outcome: signed, text: 周总点头，让钱经理准备合同。 }
          follow_up:
            end: { outcome: follow_up, text: 周总说等你的消息，会谈结束。 }
          lost_price:
            end: { outcome: lost, text: 孙工说再比较一下，之后就没了音讯。 }

        """
    }

    static func english(id: String) -> String {
        """
        # A scenario: one customer meeting as a branching script. The format is described in
        # docs/scenario-format.md. Check it with `spar lint`, play it with `spar play`, and see its
        # endings and best score with `spar explore`.
        id: \(id)
        title: "New scenario: a plant equipment upgrade"
        language: en
        summary: A technical meeting where the customer worries about price; explore first, then close on the buying signal.
        notes:
          objectives: [handle a price objection with LAER, close on a buying signal]
          teaches: ["the last 20 minutes: ask for the order", "synchronized selling"]
          difficulty: 2
          duration: 10
        meeting: { minutes: 60, closing_window: 20 }   # the last 20 minutes are the closing window
        account:
          company: Northfield Manufacturing
          demand_level: intermediate
          # The hidden truth, revealed in play; the classify checkpoint is scored on what was revealed.
          truth: { need: yes, can_pay: yes, sees_value: yes, kp: first, budget: "$120k" }
        contacts:
          dana: { name: Dana Reyes, title: Plant Director, kp: first, role: approver, attitude: sponsor, style: driver }
          sam:  { name: Sam Okoro, title: Maintenance Lead, kp: third, role: evaluator, attitude: neutral, style: analytical }
          lee:  { name: Lee Park, title: Buyer, role: purchaser, attitude: non_supporter, style: amiable }
        start: opening
        nodes:
          opening:
            stage: investigation          # relationship stage
            buying: evaluation            # the buyer's phase (its sales step is proof)
            speaker: sam
            line: We've read your proposal, but your quote is well above the other vendor's.
            objection: price
            minutes: 15
            choices:
              - say: Price matters. Which criteria weigh most in your evaluation?
                match: [which criteria, what matters most, weigh most]
                task: technical_exchange
                step: proof
                handles: explore
                suits: [analytical]
                reveals: [need]
                feedback: Explore the concern first (LAER); the evaluator names the value criteria.
                goto: value
              - say: Tell you what, we can take ten percent off.
                match: [discount, ten percent off, cheaper]
                close: concession
                feedback: Conceding before you know the concern gives away margin and builds no value.
                goto: lost_price
          value:
            buying: decision              # the buyer moves on to the decision (its step is justification)
            resolves: price               # the customer accepts the answer: the price objection is gone
            speaker: dana
            line: If we start next month, how soon can you deliver? We've set aside about 120k.
            cue: Dana leans forward.
            signals: [leans_forward, asks_delivery]
            reveals: [can_pay, budget, kp]
            minutes: 30
            ask: classify                 # checkpoint: classify A/B/C/D with reasons
            choices:
              - say: Two weeks. Shall we settle the order today so you start on time next month?
                match: [settle the order today, two weeks, sign today]
                step: justification
                close: assumptive
                suits: [driver]
                feedback: A buying signal is the moment to close; the assumptive close fits a driver.
                goto: signed
              - say: Let me check delivery with my team and get back to you.
                match: [get back to you, check with my team]
                clashes: [driver]
                feedback: No close after a buying signal; later follow-up signs only about 10% of the time.
                goto: follow_up
          signed:
            end: { outcome: signed, text: Dana nods and asks Lee to prepare the order. }
          follow_up:
            end: { outcome: follow_up, text: Dana says she'll wait to hear from you. }
          lost_price:
            end: { outcome: lost, text: Sam says they'll compare further. You don't hear back. }

        """
    }
}
