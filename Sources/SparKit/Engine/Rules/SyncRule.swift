import SalesMethod

/// Synchronized selling: the sales step must accompany the buyer's phase.
public enum SyncRule {
    public static func score(step: SalesStep?, buying: BuyingPhase?, language: Language) -> [Award] {
        guard let step, let buying else { return [] }
        let expected = buying.step
        let args = ["buying": buying.rawValue, "step": step.rawValue]
        if step.order == expected.order {
            return [Award(.stage, 1, rule: "sync.in_step", args: args, language: language)]
        }
        if step.order > expected.order {
            return [Award(.stage, -2, rule: "sync.pushing", args: args, language: language)]
        }
        return [Award(.stage, -1, rule: "sync.lagging", args: args, language: language)]
    }
}
