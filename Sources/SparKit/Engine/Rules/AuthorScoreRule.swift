import SalesMethod

/// Points the scenario's author gave a choice, on top of the method's rules.
public enum AuthorScoreRule {
    public static func score(_ scores: [ScoreDimension: Int], feedback: String?, language: Language) -> [Award] {
        scores.sorted { $0.key < $1.key }.compactMap { dimension, points in
            guard points != 0 else { return nil }
            // The author's feedback is scenario text in one language: it stays as written, without args.
            if let feedback { return Award(dimension, points, rule: "author.score", reason: feedback) }
            return Award(dimension, points, rule: "author.score", args: [:], language: language)
        }
    }
}
