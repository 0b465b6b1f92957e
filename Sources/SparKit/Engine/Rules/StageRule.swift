import SalesMethod

/// Lifecycle stages advance one at a time and cannot be skipped.
public enum StageRule {
    public static func score(task: LifecycleTask?, stage: LifecycleStage?, language: Language) -> [Award] {
        guard let task, let stage else { return [] }
        let gap = task.stage.order - stage.order
        let args = ["task": task.rawValue, "stage": stage.rawValue]
        if gap == 0 {
            return [Award(.stage, 2, rule: "stage.in_sync", args: args, language: language)]
        }
        if gap > 0 {
            return [Award(.stage, -2 * gap, rule: "stage.skipped", args: args, language: language)]
        }
        return [Award(.stage, -1, rule: "stage.lagging", args: args, language: language)]
    }
}
