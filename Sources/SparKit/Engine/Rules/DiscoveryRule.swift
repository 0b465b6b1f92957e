import SalesMethod

/// Finding out early what matters: each fact a question uncovers scores.
public enum DiscoveryRule {
    public static func score(reveals: FactTable, known: FactTable, language: Language) -> [Award] {
        reveals.sorted.compactMap { fact, value in
            guard known[fact] != value, value != FactValue.unknown.rawValue else { return nil }
            return Award(.discovery, 1, rule: "discovery.fact", args: ["fact": fact.rawValue, "value": value], language: language)
        }
    }
}
