import SalesMethod

/// Points the scenario's author gave a choice, on top of the method's rules.
public enum AuthorScoreRule {
    public static func score(_ scores: [ScoreDimension: Int], feedback: String?, language: Language) -> [Award] {
        scores.sorted { $0.key < $1.key }.compactMap { dimension, points in
            guard points != 0 else { return nil }
            return Award(dimension, points, rule: "author.score",
                         reason: feedback ?? text(language, "场景作者评分", "scenario author's score"))
        }
    }
}
