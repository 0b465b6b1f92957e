import SalesMethod

/// Where the trainee is in handling the customer's open objection.
public struct ObjectionProgress: Sendable, Hashable, Codable {
    public var kind: ObjectionKind
    /// Acknowledged or explored before responding (LAER).
    public var explored: Bool = false
    /// The trainee has responded (or conceded). The objection stays open until the customer
    /// accepts the answer (a node's `resolves`): saying an answer is not having it accepted.
    public var answered: Bool = false
    public init(kind: ObjectionKind, explored: Bool = false, answered: Bool = false) {
        self.kind = kind
        self.explored = explored
        self.answered = answered
    }
}

/// LAER (listen, acknowledge, explore, respond): answering before exploring, arguing and
/// conceding price at once are the classic errors.
public enum ObjectionRule {
    public struct Outcome: Sendable, Hashable {
        public var awards: [Award]
        /// The objection still open after this answer.
        public var progress: ObjectionProgress?
    }

    /// Scores the handling of an objection until the trainee has answered it; whether the answer
    /// removed it is the customer's to show (`ScenarioNode.resolves`), not this rule's.
    public static func score(handles: ObjectionHandling?, close: ClosingTechnique?, progress: ObjectionProgress?,
                             language: Language) -> Outcome {
        guard var progress, !progress.answered else { return Outcome(awards: [], progress: progress) }
        let kind = progress.kind
        var awards: [Award] = []
        var answered = false
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
            answered = true
        case .argue?:
            awards.append(award(.objection, -2, rule: "objection.argue", kind, language))
        case .concede?:
            if !progress.explored {
                awards.append(concededAtOnce(kind, language))
            }
            answered = true
        case .listen?, nil:
            if close == .concession && !progress.explored {
                awards.append(concededAtOnce(kind, language))
                answered = true
            }
        }
        progress.answered = answered
        return Outcome(awards: awards, progress: progress)
    }

    static func concededAtOnce(_ kind: ObjectionKind, _ language: Language) -> Award {
        award(.objection, -2, rule: "objection.concede", kind, language)
    }

    static func award(_ dimension: ScoreDimension, _ points: Int, rule: String, _ kind: ObjectionKind,
                      _ language: Language) -> Award {
        Award(dimension, points, rule: rule, args: ["objection": kind.rawValue], language: language)
    }
}
