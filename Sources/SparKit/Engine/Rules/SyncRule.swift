import SalesMethod

/// Synchronized selling (seed 002): the sales step must accompany the buyer's phase.
public enum SyncRule {
    public static func score(step: SalesStep?, buying: BuyingPhase?, language: Language) -> [Award] {
        guard let step, let buying else { return [] }
        let expected = buying.step
        if step.order == expected.order {
            return [Award(.stage, 1, rule: "sync.in_step",
                          reason: text(language, "与客户采购同步：\(buying.name.zh)—\(step.name.zh)",
                                       "in sync with the buyer: \(buying.name.en) – \(step.name.en)"))]
        }
        if step.order > expected.order {
            return [Award(.stage, -2, rule: "sync.pushing",
                          reason: text(language, "推进过快：客户还在\(buying.name.zh)，应做\(expected.name.zh)而不是\(step.name.zh)",
                                       "pushing: the buyer is at \(buying.name.en); the step is \(expected.name.en), not \(step.name.en)"))]
        }
        return [Award(.stage, -1, rule: "sync.lagging",
                      reason: text(language, "落后于客户：客户已到\(buying.name.zh)，应做\(expected.name.zh)而不是\(step.name.zh)",
                                   "lagging: the buyer is at \(buying.name.en); the step is \(expected.name.en), not \(step.name.en)"))]
    }
}
