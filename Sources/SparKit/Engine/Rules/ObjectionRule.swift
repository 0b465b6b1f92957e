import SalesMethod

/// Where the trainee is in handling the customer's open objection.
public struct ObjectionProgress: Sendable, Hashable, Codable {
    public var kind: ObjectionKind
    /// Acknowledged or explored before responding (LAER).
    public var explored: Bool = false
    public init(kind: ObjectionKind, explored: Bool = false) {
        self.kind = kind
        self.explored = explored
    }
}

/// LAER (listen, acknowledge, explore, respond): answering before exploring, arguing and
/// conceding price at once are the classic errors.
public enum ObjectionRule {
    public struct Outcome: Sendable, Hashable {
        public var awards: [Award]
        /// The objection still open after this answer.
        public var progress: ObjectionProgress?
        /// The answer removed the objection: a moment to close.
        public var removed: Bool
    }

    public static func score(handles: ObjectionHandling?, close: ClosingTechnique?, progress: ObjectionProgress?,
                             language: Language) -> Outcome {
        guard var progress else { return Outcome(awards: [], progress: nil, removed: false) }
        let kind = progress.kind
        var awards: [Award] = []
        var removed = false
        switch handles {
        case .acknowledge?, .explore?:
            if !progress.explored {
                awards.append(award(.objection, 2, rule: "objection.laer", kind, language))
                progress.explored = true
            }
        case .respond?:
            if !progress.explored {
                awards.append(award(.objection, -1, rule: "objection.unexplored", kind, language))
            }
            removed = true
        case .argue?:
            awards.append(award(.objection, -2, rule: "objection.argue", kind, language))
        case .concede?:
            if !progress.explored {
                awards.append(concededAtOnce(kind, language))
            }
            removed = true
        case .listen?, nil:
            if close == .concession && !progress.explored {
                awards.append(concededAtOnce(kind, language))
                removed = true
            }
        }
        return Outcome(awards: awards, progress: removed ? nil : progress, removed: removed && awards.allSatisfy { $0.points >= 0 })
    }

    static func concededAtOnce(_ kind: ObjectionKind, _ language: Language) -> Award {
        award(.objection, -2, rule: "objection.concede", kind, language)
    }

    static func award(_ dimension: ScoreDimension, _ points: Int, rule: String, _ kind: ObjectionKind,
                      _ language: Language) -> Award {
        Award(dimension, points, rule: rule, args: ["objection": kind.rawValue], language: language)
    }
}
