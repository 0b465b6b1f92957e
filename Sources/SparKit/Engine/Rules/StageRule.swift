import SalesMethod

/// Lifecycle stages advance one at a time and cannot be skipped; inside a stage its tasks have
/// their order too (the fish pond's 成交 → 跟踪 → 追销 among them).
public enum StageRule {
    /// `done`: the tasks of `stage` already done in play, or behind it by a node's `task`.
    public static func score(task: LifecycleTask?, stage: LifecycleStage?, done: Set<LifecycleTask> = [],
                             language: Language) -> [Award] {
        guard let task, let stage else { return [] }
        let gap = task.stage.order - stage.order
        let args = ["task": task.rawValue, "stage": stage.rawValue]
        if gap == 0 {
            return orderInStage(task: task, stage: stage, done: done, language: language)
        }
        if gap > 0 {
            return [Award(.stage, -2 * gap, rule: "stage.skipped", args: args, language: language)]
        }
        return [Award(.stage, -1, rule: "stage.lagging", args: args, language: language)]
    }

    /// A task of the node's stage: +2 in order; a later task while an earlier one is still owed
    /// costs like pushing ahead (−2); going back to an earlier task once a task that closes it is
    /// done (needs analysis after the bids are open) costs like lagging (−1).
    static func orderInStage(task: LifecycleTask, stage: LifecycleStage, done: Set<LifecycleTask>,
                             language: Language) -> [Award] {
        var args = ["task": task.rawValue, "stage": stage.rawValue]
        let tasks = stage.tasks
        guard let reached = done.filter({ $0.stage == stage }).max(by: { $0.positionInStage < $1.positionInStage }) else {
            return [Award(.stage, 2, rule: "stage.in_sync", args: args, language: language)]
        }
        let position = task.positionInStage
        if let closing = done.first(where: { $0.stage == stage && $0.closesEarlierTasks && $0.positionInStage > position }) {
            args["reached"] = closing.rawValue
            return [Award(.stage, -1, rule: "stage.back", args: args, language: language)]
        }
        if position > reached.positionInStage + 1,
           let owed = tasks[(reached.positionInStage + 1)..<position].first(where: { !done.contains($0) }) {
            args["owed"] = owed.rawValue
            return [Award(.stage, -2, rule: "stage.out_of_order", args: args, language: language)]
        }
        return [Award(.stage, 2, rule: "stage.in_sync", args: args, language: language)]
    }
}
