import SalesMethod

/// Finding out early what matters: each fact a question uncovers scores; presenting a solution
/// before the need is established costs (了解需求 first, then 有针对性地介绍).
public enum DiscoveryRule {
    public static func score(reveals: FactTable, known: FactTable, language: Language) -> [Award] {
        reveals.sorted.compactMap { fact, value in
            guard known[fact] != value, value != FactValue.unknown.rawValue else { return nil }
            return Award(.discovery, 1, rule: "discovery.fact", args: ["fact": fact.rawValue, "value": value], language: language)
        }
    }

    /// A choice that presents a solution — the sales step `solution`, or the task of a solution
    /// demo or a first proposal — while the need is not known to be there costs 2. A choice that
    /// itself uncovers facts is asking, not presenting.
    public static func pitchBeforeNeed(step: SalesStep?, task: LifecycleTask?, reveals: FactTable, known: FactTable,
                                       language: Language) -> [Award] {
        guard presentsSolution(step: step, task: task), reveals.values.isEmpty,
              known[.need] != FactValue.yes.rawValue else { return [] }
        return [Award(.discovery, -2, rule: "discovery.pitch_before_need", args: [:], language: language)]
    }

    static func presentsSolution(step: SalesStep?, task: LifecycleTask?) -> Bool {
        step == .solution || task == .solutionDemo || task == .initialProposal
    }
}
