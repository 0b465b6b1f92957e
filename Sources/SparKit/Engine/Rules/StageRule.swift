import SalesMethod

/// Lifecycle stages advance one at a time and cannot be skipped (seed 000).
public enum StageRule {
    public static func score(task: LifecycleTask?, stage: LifecycleStage?, language: Language) -> [Award] {
        guard let task, let stage else { return [] }
        let gap = task.stage.order - stage.order
        if gap == 0 {
            return [Award(.stage, 2, rule: "stage.in_sync",
                          reason: text(language, "阶段同步：\(task.name.zh)属于\(stage.name.zh)",
                                       "in stage: \(task.name.en) belongs to \(stage.name.en)"))]
        }
        if gap > 0 {
            let reason: String
            if gap == 1 {
                reason = text(language, "提前进入\(task.stage.name.zh)：\(stage.name.zh)的任务还没完成，阶段不能跳跃（\(task.name.zh)）",
                              "jumped ahead to \(task.stage.name.en) before finishing \(stage.name.en): stages cannot be skipped (\(task.name.en))")
            } else {
                let skipped = LifecycleStage.allCases.filter { $0.order > stage.order && $0.order < task.stage.order }
                reason = text(language,
                              "跳过了\(skipped.map(\.name.zh).joined(separator: "、"))：阶段不能跳跃（\(task.name.zh)属于\(task.stage.name.zh)）",
                              "skipped \(skipped.map(\.name.en).joined(separator: ", ")): stages cannot be skipped (\(task.name.en) belongs to \(task.stage.name.en))")
            }
            return [Award(.stage, -2 * gap, rule: "stage.skipped", reason: reason)]
        }
        return [Award(.stage, -1, rule: "stage.lagging",
                      reason: text(language, "停留在\(task.stage.name.zh)：客户已进入\(stage.name.zh)",
                                   "stuck in \(task.stage.name.en): the relationship is already in \(stage.name.en)"))]
    }
}
