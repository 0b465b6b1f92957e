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
        let kind = progress.kind.name.text(language)
        var awards: [Award] = []
        var removed = false
        switch handles {
        case .acknowledge?, .explore?:
            if !progress.explored {
                awards.append(Award(.objection, 2, rule: "objection.laer",
                                    reason: text(language, "先认同、探询\(kind)，再回应（LAER）",
                                                 "acknowledged and explored the \(kind) before responding (LAER)")))
                progress.explored = true
            }
        case .respond?:
            if !progress.explored {
                awards.append(Award(.objection, -1, rule: "objection.unexplored",
                                    reason: text(language, "未探询就回应\(kind)：先问清客户真正的顾虑",
                                                 "responded to the \(kind) without exploring it first")))
            }
            removed = true
        case .argue?:
            awards.append(Award(.objection, -2, rule: "objection.argue",
                                reason: text(language, "就\(kind)与客户争辩：赢了道理，输了订单",
                                             "argued with the customer over the \(kind)")))
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

    static func concededAtOnce(_ kind: String, _ language: Language) -> Award {
        Award(.objection, -2, rule: "objection.concede",
              reason: text(language, "面对\(kind)立即让步：还没弄清顾虑就让价",
                           "conceded at once on the \(kind), before finding out what lies behind it"))
    }
}
