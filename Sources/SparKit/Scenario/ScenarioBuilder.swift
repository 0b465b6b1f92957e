import SalesMethod

/// Turns the composed YAML tree into a `Scenario`, then checks what refers to what.
struct ScenarioBuilder {
    var reader: YAMLReader
    init(file: String, text: String) { reader = YAMLReader(file: file, text: text) }

    mutating func build(_ root: YAMLNode, sha256: String) -> Scenario? {
        guard let top = reader.fields(root, in: "the scenario", allowed: ScenarioLoader.topKeys,
                                      required: ["id", "title", "contacts", "nodes"]) else { return nil }
        if top["start"] == nil {
            reader.report(.error(.missingStart, "the scenario is missing 'start': name the node play begins at", at: top.location))
        }
        let id = top["id"].flatMap { reader.string($0, "id") } ?? ""
        if let node = top["id"], let problem = IdentifierCharacters.problem(id, kind: "the scenario id") {
            reader.error(.invalidValue, problem, at: node)
        }
        let title = top["title"].flatMap { reader.string($0, "title") } ?? ""
        var language = Language.zh
        if let node = top["language"], let text = reader.string(node, "language") {
            if let value = Language(rawValue: text) { language = value } else {
                reader.error(.unknownIdentifier, "unknown language '\(text)'; expected zh or en", at: node)
            }
        }
        let summary = top["summary"].flatMap { reader.prose($0, "summary") }
        let notes = top["notes"].flatMap { trainerNotes($0) }
        let meeting = top["meeting"].flatMap { self.meeting($0) } ?? Meeting()
        let account = top["account"].flatMap { self.account($0) } ?? Account(company: title)
        let contacts = top["contacts"].map { self.contacts($0) } ?? []
        let variables = top["variables"].map { self.variables($0) } ?? [:]
        let settings = top["settings"].flatMap { self.settings($0) } ?? ScenarioSettings()
        let synonyms = top["synonyms"].map { self.synonyms($0) } ?? []
        let start = top["start"].flatMap { reader.string($0, "start") } ?? ""
        let nodes = top["nodes"].map { self.nodes($0, truth: account.truth) } ?? []

        var scenario = Scenario(
            id: id, title: title, language: language, summary: summary, trainerNotes: notes, meeting: meeting,
            account: account, contacts: contacts, start: start, nodes: nodes, variables: variables,
            settings: settings, synonyms: synonyms, file: reader.file, sha256: sha256)
        for key in top.order { scenario.keyLocations[key] = top.keyLocation(key) }
        if let startNode = top["start"], !start.isEmpty, scenario.node(start) == nil {
            var message = "start names no node: '\(start)'"
            if let suggestion = Spelling.closest(to: start, among: nodes.map(\.id)) { message += "; did you mean '\(suggestion)'?" }
            reader.error(.missingStart, message, at: startNode)
        }
        checkReferences(scenario)
        return scenario
    }

    // MARK: - Parts

    mutating func trainerNotes(_ node: YAMLNode) -> TrainerNotes? {
        guard let f = reader.fields(node, in: "notes", allowed: ["objectives", "teaches", "difficulty", "duration"])
        else { return nil }
        return TrainerNotes(
            objectives: f["objectives"].map { reader.strings($0, "objectives") } ?? [],
            teaches: f["teaches"].map { reader.strings($0, "teaches") } ?? [],
            difficulty: f["difficulty"].flatMap { reader.int($0, "difficulty", range: 1...5) },
            durationMinutes: f["duration"].flatMap { reader.int($0, "duration", range: 1...600) })
    }

    mutating func meeting(_ node: YAMLNode) -> Meeting? {
        guard let f = reader.fields(node, in: "meeting", allowed: ["minutes", "closing_window"]) else { return nil }
        var meeting = Meeting()
        if let n = f["minutes"], let value = reader.int(n, "meeting minutes", range: 1...1440) { meeting.minutes = value }
        if let n = f["closing_window"], let value = reader.int(n, "closing_window", range: 0...1440) {
            meeting.closingWindow = value
            if value > meeting.minutes {
                reader.error(.badMeeting,
                             "closing_window (\(value)) is longer than the meeting (\(meeting.minutes) minutes)", at: n)
            }
        } else if f["closing_window"] == nil {
            meeting.closingWindow = min(20, meeting.minutes)
        }
        return meeting
    }

    mutating func account(_ node: YAMLNode) -> Account? {
        guard let f = reader.fields(node, in: "account", allowed: ["company", "industry", "demand_level", "truth", "known"],
                                    required: ["company"]) else { return nil }
        return Account(
            company: f["company"].flatMap { reader.string($0, "company") } ?? "",
            industry: f["industry"].flatMap { reader.string($0, "industry") },
            demandLevel: f["demand_level"].flatMap { reader.identifier($0, "demand_level", as: DemandLevel.self) },
            truth: f["truth"].map { factTable($0, "truth") } ?? FactTable(),
            known: f["known"].map { factTable($0, "known") } ?? FactTable())
    }

    /// `{need: yes, kp: first, budget: 200万}`.
    mutating func factTable(_ node: YAMLNode, _ context: String) -> FactTable {
        var table = FactTable()
        for (key, _, value) in reader.entries(node, in: context) {
            guard let fact = AccountFact(rawValue: key) else {
                var message = "unknown fact '\(key)' in \(context)"
                if let suggestion = Spelling.closest(to: key, among: AccountFact.identifiers) { message += "; did you mean '\(suggestion)'?" }
                reader.report(.error(.unknownIdentifier, message, at: reader.location(of: value),
                                     notes: ["facts: \(AccountFact.identifiers.joined(separator: ", "))"]))
                continue
            }
            if let text = factValue(value, fact: fact) { table[fact] = text }
        }
        return table
    }

    mutating func factValue(_ node: YAMLNode, fact: AccountFact) -> String? {
        guard let text = reader.string(node, fact.rawValue) else { return nil }
        switch fact {
        case .need, .canPay, .seesValue:
            guard FactValue(rawValue: text) != nil else {
                reader.error(.unknownIdentifier, "\(fact.rawValue) must be yes, no or unknown, found '\(text)'", at: node)
                return nil
            }
        case .kp:
            guard KPRank(rawValue: text) != nil || text == FactValue.unknown.rawValue else {
                reader.error(.unknownIdentifier, "kp must be first, second or third, found '\(text)'", at: node)
                return nil
            }
        default: break
        }
        return text
    }

    mutating func contacts(_ node: YAMLNode) -> [Contact] {
        var contacts: [Contact] = []
        for (id, keyLocation, value) in reader.entries(node, in: "contacts") {
            if let problem = IdentifierCharacters.problem(id, kind: "contact id") {
                reader.report(.error(.invalidValue, problem, at: keyLocation))
                continue
            }
            guard let f = reader.fields(value, in: "contact '\(id)'",
                                        allowed: ["name", "title", "kp", "role", "attitude", "style", "joins"],
                                        required: ["name", "role", "attitude", "style"]) else { continue }
            let name = f["name"].flatMap { reader.string($0, "name") }
            // One role, or several (`role: [evaluator, user]`) as the method's org chart draws people.
            let roles = f["role"].map { reader.identifiers($0, "role", as: BuyerRole.self) } ?? []
            if let n = f["role"], case let .sequence(list, _) = n, list.isEmpty {
                reader.error(.missingKey, "contact '\(id)' needs at least one role", at: n)
            }
            let role: [BuyerRole]? = roles.isEmpty ? nil : roles
            let attitude = f["attitude"].flatMap { reader.identifier($0, "attitude", as: Attitude.self) }
            let style = f["style"].flatMap { reader.identifier($0, "style", as: CommunicationStyle.self) }
            guard let name, let role, let attitude, let style else { continue }
            var contact = Contact(
                id: id, name: name, title: f["title"].flatMap { reader.string($0, "title") },
                kp: f["kp"].flatMap { reader.identifier($0, "kp", as: KPRank.self) },
                roles: role, attitude: attitude, style: style, location: keyLocation)
            if let joins = f["joins"] {
                contact.joins = reader.string(joins, "joins")
                contact.joinsLocation = reader.textLocation(of: joins)
            }
            contacts.append(contact)
        }
        if contacts.isEmpty, reader.diagnostics.isEmpty {
            reader.error(.missingKey, "a scenario needs at least one contact", at: node)
        }
        return contacts
    }

    mutating func variables(_ node: YAMLNode) -> [String: ExpressionValue] {
        var result: [String: ExpressionValue] = [:]
        for (name, _, value) in reader.entries(node, in: "variables") {
            guard isIdentifier(name) else {
                reader.error(.invalidValue, "variable names are letters, digits and '_', found '\(name)'", at: value)
                continue
            }
            if AccountFact(rawValue: name) != nil || ScenarioLoader.clockNames.contains(name) {
                reader.error(.invalidValue, "'\(name)' is a built-in name; choose another variable name", at: value)
                continue
            }
            guard case let .scalar(scalar) = value else {
                reader.error(.wrongType, "a variable's first value must be a number, true/false or text", at: value)
                continue
            }
            let text = scalar.string
            if let int = Int(text) { result[name] = .int(int) }
            else if text == "true" || text == "false" { result[name] = .bool(text == "true") }
            else { result[name] = .string(text) }
        }
        return result
    }

    mutating func settings(_ node: YAMLNode) -> ScenarioSettings? {
        guard let f = reader.fields(node, in: "settings",
                                    allowed: ["pass_mark", "follow_up_chance", "require_sponsor", "critical_errors_block",
                                              "weights"]) else { return nil }
        var settings = ScenarioSettings()
        if let n = f["pass_mark"], let v = reader.int(n, "pass_mark", range: 0...100) { settings.passMark = v }
        if let n = f["follow_up_chance"], let v = reader.double(n, "follow_up_chance", range: 0...1) {
            settings.followUpSigningChance = v
        }
        if let n = f["require_sponsor"], let v = reader.bool(n, "require_sponsor") { settings.requireSponsor = v }
        if let n = f["critical_errors_block"], let v = reader.bool(n, "critical_errors_block") {
            settings.criticalErrorsBlockPass = v
        }
        if let n = f["weights"] {
            for (key, _, value) in reader.entries(n, in: "weights") {
                guard let dimension = dimension(key, at: value) else { continue }
                if let weight = reader.double(value, "weight of \(key)", range: 0...100) { settings.weights[dimension] = weight }
            }
        }
        return settings
    }

    /// `synonyms: { 价格: [报价, 价钱] }`: each term first, then its variants, in file order.
    mutating func synonyms(_ node: YAMLNode) -> [[String]] {
        var groups: [[String]] = []
        for (term, _, value) in reader.entries(node, in: "synonyms") {
            groups.append([term] + reader.strings(value, "synonyms of \(term)"))
        }
        return groups
    }

    mutating func dimension(_ key: String, at node: YAMLNode) -> ScoreDimension? {
        if let dimension = ScoreDimension(rawValue: key) { return dimension }
        let ids = ScoreDimension.allCases.map(\.rawValue)
        var message = "unknown score dimension '\(key)'"
        if let suggestion = Spelling.closest(to: key, among: ids) { message += "; did you mean '\(suggestion)'?" }
        reader.error(.unknownIdentifier, message, at: node, notes: ["dimensions: \(ids.joined(separator: ", "))"])
        return nil
    }

    // MARK: - Nodes and choices

    mutating func nodes(_ node: YAMLNode, truth: FactTable) -> [ScenarioNode] {
        var nodes: [ScenarioNode] = []
        let entries = reader.entries(node, in: "nodes")
        for (id, keyLocation, value) in entries {
            if let problem = IdentifierCharacters.problem(id, kind: "node id") {
                reader.report(.error(.invalidValue, problem, at: keyLocation))
                continue
            }
            guard let f = reader.fields(value, in: "node '\(id)'", allowed: ScenarioLoader.nodeKeys) else { continue }
            var built = ScenarioNode(id: id, location: keyLocation)
            built.stage = f["stage"].flatMap { reader.identifier($0, "stage", as: LifecycleStage.self) }
            built.buying = f["buying"].flatMap { reader.identifier($0, "buying phase", as: BuyingPhase.self) }
            built.speaker = f["speaker"].flatMap { reader.string($0, "speaker") }
            built.speakerLocation = f["speaker"].map { reader.location(of: $0) }
            built.line = f["line"].flatMap { reader.prose($0, "line") }
            built.cue = f["cue"].flatMap { reader.prose($0, "cue") }
            built.signals = f["signals"].map { reader.identifiers($0, "signal", as: BuyingSignal.self) } ?? []
            built.objection = f["objection"].flatMap { reader.identifier($0, "objection", as: ObjectionKind.self) }
            built.resolves = f["resolves"].flatMap { reader.identifier($0, "objection", as: ObjectionKind.self) }
            built.reveals = f["reveals"].map { reveals($0, truth: truth) } ?? FactTable()
            built.shifts = f["shifts"].map { shifts($0) } ?? []
            built.task = f["task"].flatMap { reader.identifier($0, "task", as: LifecycleTask.self) }
            if let n = f["ask"], let text = reader.string(n, "ask") {
                if let checkpoint = Checkpoint(rawValue: text) { built.ask = checkpoint } else {
                    reader.error(.unknownIdentifier, "unknown checkpoint '\(text)'; expected classify or map", at: n)
                }
            }
            built.minutes = f["minutes"].flatMap { reader.int($0, "minutes", range: 0...1440) } ?? 0
            if let n = f["choices"] {
                if case let .sequence(list, _) = n {
                    built.choices = list.compactMap { choice($0, in: id, truth: truth) }
                } else {
                    reader.error(.wrongType, "choices must be a list", at: n)
                }
            }
            built.end = f["end"].flatMap { ending($0) }
            if built.end != nil && !built.choices.isEmpty, let n = f["end"] {
                reader.error(.invalidValue, "node '\(id)' has both choices and an end; an ending has no choices", at: n)
            }
            if built.end == nil && f["choices"] == nil {
                reader.report(.warning(.deadEnd, "node '\(id)' has neither choices nor an end: the meeting stops here",
                                       at: keyLocation))
            }
            nodes.append(built)
        }
        if nodes.isEmpty, case .mapping = node {
            reader.error(.missingKey, "a scenario needs at least one node", at: node)
        }
        return nodes
    }

    /// `shifts: {zhao: neutral, sun: sponsor}`: contact ids (checked against the contacts by the
    /// validator) and the attitudes they take from then on.
    mutating func shifts(_ node: YAMLNode) -> [AttitudeShift] {
        guard case .mapping = node else {
            reader.error(.wrongType, "shifts must map contacts to attitudes, e.g. shifts: {zhao: neutral}", at: node)
            return []
        }
        return reader.entries(node, in: "shifts").compactMap { contact, location, value in
            reader.identifier(value, "attitude", as: Attitude.self).map {
                AttitudeShift(contact: contact, attitude: $0, location: location)
            }
        }
    }

    /// `reveals: [need, budget]` (the hidden truth) or `reveals: {sees_value: yes}`.
    mutating func reveals(_ node: YAMLNode, truth: FactTable) -> FactTable {
        if case .mapping = node { return factTable(node, "reveals") }
        var table = FactTable()
        for item in reader.list(node, "reveals") {
            guard let fact = reader.identifier(item, "fact", as: AccountFact.self) else { continue }
            guard let value = truth[fact] else {
                reader.error(.invalidValue, "reveals '\(fact.rawValue)' but account.truth has no value for it", at: item)
                continue
            }
            table[fact] = value
        }
        return table
    }

    mutating func ending(_ node: YAMLNode) -> Ending? {
        if case let .scalar(scalar) = node {
            guard let outcome = Outcome(rawValue: scalar.string) else {
                reader.error(.unknownIdentifier, "unknown outcome '\(scalar.string)'",
                             at: node, notes: ["outcomes: signed, next_meeting, follow_up, lost"])
                return nil
            }
            return Ending(outcome: outcome)
        }
        guard let f = reader.fields(node, in: "end", allowed: ["outcome", "text"], required: ["outcome"]) else { return nil }
        guard let n = f["outcome"], let text = reader.string(n, "outcome") else { return nil }
        guard let outcome = Outcome(rawValue: text) else {
            reader.error(.unknownIdentifier, "unknown outcome '\(text)'", at: n,
                         notes: ["outcomes: signed, next_meeting, follow_up, lost"])
            return nil
        }
        return Ending(outcome: outcome, text: f["text"].flatMap { reader.prose($0, "text") })
    }

    mutating func choice(_ node: YAMLNode, in nodeID: String, truth: FactTable) -> Choice? {
        guard let f = reader.fields(node, in: "a choice of '\(nodeID)'", allowed: ScenarioLoader.choiceKeys,
                                    required: ["say", "goto"]) else { return nil }
        guard let say = f["say"].flatMap({ reader.prose($0, "say") }),
              let gotoNode = f["goto"], let goto = reader.string(gotoNode, "goto") else { return nil }
        var choice = Choice(location: reader.location(of: node), say: say, goto: goto,
                            gotoLocation: reader.location(of: gotoNode))
        choice.match = f["match"].map { reader.strings($0, "match") } ?? []
        choice.gist = f["gist"].flatMap { reader.string($0, "gist") }
        choice.task = f["task"].flatMap { reader.identifier($0, "task", as: LifecycleTask.self) }
        choice.step = f["step"].flatMap { reader.identifier($0, "step", as: SalesStep.self) }
        choice.close = f["close"].flatMap { reader.identifier($0, "closing technique", as: ClosingTechnique.self) }
        choice.nextStep = f["next_step"].flatMap { reader.bool($0, "next_step") } ?? false
        choice.handles = f["handles"].flatMap { reader.identifier($0, "objection handling", as: ObjectionHandling.self) }
        choice.suits = f["suits"].map { reader.identifiers($0, "style", as: CommunicationStyle.self) } ?? []
        choice.clashes = f["clashes"].map { reader.identifiers($0, "style", as: CommunicationStyle.self) } ?? []
        choice.reveals = f["reveals"].map { reveals($0, truth: truth) } ?? FactTable()
        choice.shifts = f["shifts"].map { shifts($0) } ?? []
        choice.feedback = f["feedback"].flatMap { reader.prose($0, "feedback") }
        choice.minutes = f["minutes"].flatMap { reader.int($0, "minutes", range: 0...1440) } ?? 0
        if let n = f["if"], let source = reader.string(n, "if") {
            let placement = reader.placement(of: n, text: source)
            if let expression = parseExpression(source, at: placement) {
                choice.condition = Condition(source: source, expression: expression, placement: placement)
            }
        }
        if let n = f["set"] {
            for (name, nameLocation, value) in reader.entries(n, in: "set") {
                guard isIdentifier(name), AccountFact(rawValue: name) == nil,
                      !ScenarioLoader.clockNames.contains(name) else {
                    reader.error(.invalidValue, "cannot set '\(name)': set takes the scenario's own variables", at: value)
                    continue
                }
                guard let source = reader.string(value, "value of \(name)") else { continue }
                let placement = reader.placement(of: value, text: source)
                if let expression = parseExpression(source, at: placement) {
                    choice.set.append(VariableAssignment(name: name, expression: expression, placement: placement,
                                                        nameLocation: nameLocation))
                }
            }
        }
        if let n = f["score"] {
            for (key, _, value) in reader.entries(n, in: "score") {
                guard let dimension = dimension(key, at: value) else { continue }
                if let points = reader.int(value, "score of \(key)", range: -100...100) { choice.score[dimension] = points }
            }
        }
        return choice
    }

    mutating func parseExpression(_ source: String, at placement: TextPlacement) -> Expression? {
        switch Expression.parse(source) {
        case let .success(expression):
            return expression
        case let .failure(error):
            reader.report(.error(.expressionSyntax, error.message, at: placement.location(atCharacter: error.offset),
                                 length: placement.width(atCharacter: error.offset, count: error.length)))
            return nil
        }
    }

    func isIdentifier(_ name: String) -> Bool {
        guard let first = name.unicodeScalars.first, first == "_" || (first.isASCII && first.properties.isAlphabetic) else {
            return false
        }
        return name.unicodeScalars.allSatisfy { $0 == "_" || ($0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0))) }
    }

    // MARK: - References

    /// A shift must name one of the scenario's contacts.
    mutating func checkShifts(_ shifts: [AttitudeShift], in scenario: Scenario, at fallback: SourceLocation) {
        for shift in shifts where scenario.contact(shift.contact) == nil {
            var message = "shifts names no contact: '\(shift.contact)'"
            if let suggestion = Spelling.closest(to: shift.contact, among: scenario.contacts.map(\.id)) {
                message += "; did you mean '\(suggestion)'?"
            }
            reader.report(.error(.unknownContact, message, at: shift.location ?? fallback, length: max(1, shift.contact.count),
                                 notes: ["contacts: \(scenario.contacts.map(\.id).joined(separator: ", "))"]))
        }
    }

    mutating func checkReferences(_ scenario: Scenario) {
        let nodeIDs = scenario.nodes.map(\.id)
        var variableNames = Set(scenario.variables.keys)
        for node in scenario.nodes { for choice in node.choices { for assignment in choice.set { variableNames.insert(assignment.name) } } }
        let readable = variableNames.union(AccountFact.identifiers).union(ScenarioLoader.clockNames)

        for contact in scenario.contacts {
            guard let joins = contact.joins, scenario.node(joins) == nil else { continue }
            var message = "contact '\(contact.id)' joins at a node that does not exist: '\(joins)'"
            if let suggestion = Spelling.closest(to: joins, among: nodeIDs) { message += "; did you mean '\(suggestion)'?" }
            reader.report(.error(.unresolvedGoto, message, at: contact.joinsLocation ?? contact.location, length: max(1, joins.count)))
        }
        for node in scenario.nodes {
            if let speaker = node.speaker, scenario.contact(speaker) == nil {
                var message = "unknown contact '\(speaker)' as speaker of '\(node.id)'"
                if let suggestion = Spelling.closest(to: speaker, among: scenario.contacts.map(\.id)) {
                    message += "; did you mean '\(suggestion)'?"
                }
                reader.report(.error(.unknownContact, message, at: node.speakerLocation ?? node.location, length: speaker.count,
                                     notes: ["contacts: \(scenario.contacts.map(\.id).joined(separator: ", "))"]))
            }
            checkShifts(node.shifts, in: scenario, at: node.location)
            for choice in node.choices {
                checkShifts(choice.shifts, in: scenario, at: choice.location)
                if scenario.node(choice.goto) == nil {
                    var message = "goto names no node: '\(choice.goto)'"
                    if let suggestion = Spelling.closest(to: choice.goto, among: nodeIDs) { message += "; did you mean '\(suggestion)'?" }
                    reader.report(.error(.unresolvedGoto, message, at: choice.gotoLocation,
                                         length: max(1, choice.goto.count)))
                }
                var expressions: [(Expression, TextPlacement)] = choice.set.map { ($0.expression, $0.placement) }
                if let condition = choice.condition { expressions.append((condition.expression, condition.placement)) }
                for (expression, placement) in expressions {
                    for reference in expression.names where !readable.contains(reference.name) {
                        var message = "unknown name '\(reference.name)'"
                        // The literal words compare with fact values (`kp == first`): a misspelt one is a name too.
                        if let suggestion = Spelling.closest(to: reference.name, among: Array(readable) + ExpressionLexer.symbolWords.sorted()) {
                            message += "; did you mean '\(suggestion)'?"
                        }
                        reader.report(.error(.unknownName, message, at: placement.location(atCharacter: reference.offset),
                                             length: reference.name.count))
                    }
                    for reference in expression.nodeReferences where scenario.node(reference.name) == nil {
                        reader.report(.error(.unknownName, "visits() names no node: '\(reference.name)'",
                                             at: placement.location(atCharacter: reference.offset), length: reference.name.count))
                    }
                    for reference in expression.factReferences where AccountFact(rawValue: reference.name) == nil {
                        reader.report(.error(.unknownName, "known() names no fact: '\(reference.name)'",
                                             at: placement.location(atCharacter: reference.offset), length: reference.name.count))
                    }
                }
            }
        }
    }
}
