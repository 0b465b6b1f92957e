import SalesMethod

/// One trainee playing one scenario. Takes one input string at a time and returns events;
/// a value any front end (terminal, tests, a classroom server) can drive and copy.
public struct Session: Sendable {
    public let scenario: Scenario
    public let mode: SessionMode
    public let language: Language
    public private(set) var state: SessionState
    /// One record per handled input: the transcript's body.
    public private(set) var journal: [TranscriptRecord] = []
    private var initialState: SessionState
    private var undoStack: [SessionState] = []
    /// The scenario's choices analysed once for typed answers (on the first one typed).
    public var matcher: ChoiceMatcher { lazyMatcher.value }
    private var lazyMatcher: LazyMatcher
    /// Set while searching the play space: no undo history, journal or feedback log is kept.
    var isSearching = false
    /// While searching, the only nodes whose visits are counted (those an expression reads or a
    /// loop can re-enter); the others' counts would grow with the path and never be read.
    var countedVisits: Set<String>?

    /// Starts at the scenario's start, or where `overrides` say (unresolvable overrides are ignored:
    /// check them first with `StartOverrides.resolve(in:)`).
    public init(scenario: Scenario, mode: SessionMode = .practice, language: Language? = nil,
                overrides: StartOverrides = StartOverrides()) {
        let resolved = try? overrides.resolve(in: scenario).get()
        self.init(scenario: scenario, mode: mode, language: language, startNode: resolved == nil ? nil : overrides.node,
                  facts: resolved?.facts ?? FactTable(), variables: resolved?.variables ?? [:])
    }

    public init(scenario: Scenario, mode: SessionMode = .practice, language: Language? = nil,
                startNode: String?, facts: FactTable = FactTable(), variables: [String: ExpressionValue] = [:]) {
        self.scenario = scenario
        self.mode = mode
        self.language = language ?? scenario.language
        self.lazyMatcher = LazyMatcher(scenario: scenario)
        var known = scenario.account.known
        for (fact, value) in facts.values { known[fact] = value }
        var state = SessionState(node: startNode ?? scenario.start, known: known,
                                 variables: scenario.variables.merging(variables) { $1 })
        if let startNode, startNode != scenario.start {
            (state.stage, state.buying) = scenario.inheritedStageAndPhase(at: startNode)
        }
        self.state = state
        self.initialState = state
    }

    /// Uses `other`'s analysed choices (same scenario): many sessions of one scenario, as in
    /// generating transcripts, analyse its choices once.
    public mutating func shareMatcher(with other: Session) { lazyMatcher = other.lazyMatcher }

    public var isFinished: Bool { state.ending != nil }
    public var clock: ClockReading {
        ClockReading(elapsed: state.elapsed, total: scenario.meeting.minutes, windowOpensAt: scenario.meeting.windowOpensAt)
    }
    public var currentNode: ScenarioNode? { scenario.node(state.node) }

    // MARK: - Starting

    /// Enters the start node; call once before the first input.
    public mutating func begin() -> [SessionEvent] {
        initialState = state
        var events: [SessionEvent] = []
        var awards: [Award] = []
        enter(state.node, events: &events, awards: &awards)
        state.events += awards.map { $0.event(turn: 0) }
        initialState = state
        return events
    }

    // MARK: - Input

    /// The most of one input the engine looks at, in Unicode scalars. A pasted megabyte would
    /// otherwise cost the typed-answer matcher and the checkpoint parsers time in proportion to it.
    public static let maximumInputLength = 2_000

    public mutating func handle(_ rawInput: String) -> [SessionEvent] {
        let scalars = rawInput.unicodeScalars
        guard let cut = scalars.index(scalars.startIndex, offsetBy: Self.maximumInputLength, limitedBy: scalars.endIndex),
              cut != scalars.endIndex else {
            return respond(to: Self.clean(rawInput))
        }
        let kept = String(String.UnicodeScalarView(scalars[..<cut]))
        return [.notice(.inputShortened(Self.maximumInputLength))] + respond(to: Self.clean(kept))
    }

    private mutating func respond(to input: String) -> [SessionEvent] {
        if input.hasPrefix("/") { return command(input) }
        if isFinished { return [.notice(.alreadyEnded)] }
        guard !input.isEmpty else { return [.notice(.emptyInput)] }
        switch state.pending {
        case .classify?: return classify(input, scored: true)
        case .practiceClassify?:
            state.pending = nil
            // Recorded as one command, so replaying the transcript's inputs alone gets here again.
            return classify(input, scored: false, recordedInput: "/classify " + input) + presentation()
        case .map(let remaining)?: return mapAtCheckpoint(input, remaining: remaining)
        case .clarify(let numbers)?: return clarify(input, numbers: numbers)
        case nil: return answer(input)
        }
    }

    /// Control characters out, surrounding space trimmed: a pasted line cannot upset a front end.
    static func clean(_ input: String) -> String {
        // Most answers are short printable ASCII: then only spaces at either end can go.
        let bytes = input.utf8
        if bytes.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) {
            guard bytes.first == 0x20 || bytes.last == 0x20 else { return input }
            return String(input.drop { $0 == " " }.reversed().drop { $0 == " " }.reversed())
        }
        // Tabs are control characters here, so what is left to trim is the space separators (Zs),
        // exactly what `trimmingCharacters(in: .whitespaces)` would take, without the bridging.
        var scalars = input.unicodeScalars.filter { $0.value >= 0x20 && $0.value != 0x7F }
        func isSpace(_ scalar: Unicode.Scalar) -> Bool { scalar.properties.generalCategory == .spaceSeparator }
        while let last = scalars.last, isSpace(last) { scalars.removeLast() }
        let first = scalars.firstIndex { !isSpace($0) } ?? scalars.endIndex
        var cleaned = ""
        cleaned.unicodeScalars.append(contentsOf: scalars[first...])
        return cleaned
    }

    /// The choices whose `if` holds now, numbered from 1 as the trainee sees them.
    public func availableChoices() -> [(number: Int, choice: Choice)] {
        guard let node = currentNode else { return [] }
        return availableChoiceIndices(in: node).enumerated().map { ($0.offset + 1, node.choices[$0.element]) }
    }

    /// Positions in `node.choices` of the choices whose `if` holds; choice number n is element n−1.
    func availableChoiceIndices(in node: ScenarioNode) -> [Int] {
        let environment = SessionEnvironment(state, meeting: scenario.meeting)
        return node.choices.indices.filter { node.choices[$0].condition?.expression.evaluate(in: environment).truthy ?? true }
    }

    private mutating func answer(_ input: String) -> [SessionEvent] {
        let indices = currentNode.map { availableChoiceIndices(in: $0) } ?? []
        if let typed = TypedChoiceNumber.number(in: input) {
            let number = typed == -1 ? indices.count : typed
            guard mode == .practice else {
                record(.init(type: .unmatched, node: state.node, input: input))
                return [.notice(.typeYourAnswerInExam)]
            }
            guard number >= 1, number <= indices.count else {
                return [.notice(.numberOutOfRange(number, max: indices.count))]
            }
            return take(number, input: input, byNumber: true)
        }
        let available = availableChoices()
        let match = matcher.rank(input, node: state.node, available: indices.enumerated().map { ($0.offset + 1, $0.element) })
        switch match.outcome {
        case .confident:
            return take(match.candidates[0].number, input: input, byNumber: false)
        case .uncertain:
            let numbers = match.asked
            state.pending = .clarify(numbers)
            record(.init(type: .unclear, node: state.node, input: input, candidates: numbers))
            var events: [SessionEvent] = []
            if match.shortfall == .severalAnswers { events.append(.notice(.missingAnswer(.oneThingAtATime))) }
            events.append(.whichDidYouMean(numbers.compactMap { n in
                available.first { $0.number == n }.map { offered in
                    // Exam mode hides the options: they are named by their gist, never their text.
                    guard mode == .exam else { return NumberedChoice(number: n, say: offered.choice.say) }
                    let position = indices[n - 1]
                    return NumberedChoice(number: n, say: matcher.gist(of: offered.choice, at: position, node: state.node,
                                                                       language: scenario.language))
                }
            }))
            return events
        case .none:
            record(.init(type: .unmatched, node: state.node, input: input))
            var events: [SessionEvent] = [.notUnderstood, .notice(.missingAnswer(missingAnswer(match.shortfall)))]
            if mode == .practice { events.append(.choices(available.map { NumberedChoice(number: $0.number, say: $0.choice.say) })) }
            return events
        }
    }

    /// What the customer's puzzlement should say is missing, without naming any choice.
    private func missingAnswer(_ shortfall: MatchResult.Shortfall?) -> MissingAnswer {
        switch shortfall {
        case .pleasantriesOnly?: return .getToThePoint
        case .tooLittle?: return .sayMore
        case .severalAnswers?: return .oneThingAtATime
        case .offTopic?, nil:
            let line = currentNode?.line ?? ""
            return line.contains("?") || line.contains("？") ? .answerTheQuestion : .respondToWhatWasSaid
        }
    }

    /// After "which did you mean": yes (when one was offered), a listed number (in either mode,
    /// full-width too) picks it; no asks for it another way; anything else is a fresh answer.
    private mutating func clarify(_ input: String, numbers: [Int]) -> [SessionEvent] {
        state.pending = nil
        switch TypedChoiceNumber.reply(in: input) {
        case .yes? where numbers.count == 1:
            return take(numbers[0], input: input, byNumber: true)
        case .yes?:
            // No record: the question stays open, and replaying the records rebuilds just that.
            state.pending = .clarify(numbers)
            return [.notice(.whichOneOf(numbers))]
        case .no?:
            record(.init(type: .unmatched, node: state.node, input: input))
            return [.notice(.sayItAnotherWay)]
        case nil:
            break
        }
        if let number = TypedChoiceNumber.number(in: input), numbers.contains(number) {
            return take(number, input: input, byNumber: true)
        }
        if let position = TypedChoiceNumber.number(in: input), position >= 1, position <= numbers.count, !numbers.contains(position) {
            return take(numbers[position - 1], input: input, byNumber: true)
        }
        let recorded = journal.count
        let events = answer(input)
        // An answer that leaves no record (a number out of range) leaves the question open: the
        // transcript's records alone must rebuild the state, for replay and resume.
        if journal.count == recorded { state.pending = .clarify(numbers) }
        return events
    }

    // MARK: - A turn

    private mutating func take(_ number: Int, input: String, byNumber: Bool) -> [SessionEvent] {
        guard let node = currentNode else { return [] }
        let available = availableChoiceIndices(in: node)
        guard number >= 1, number <= available.count else { return [] }
        if !isSearching { undoStack.append(state) }
        let choice = node.choices[available[number - 1]]
        state.turn += 1
        let turn = state.turn
        let objection = ObjectionRule.score(handles: choice.handles, close: choice.closing, progress: state.objection,
                                            language: language)
        var awards = scoreChoice(choice, at: node, objection: objection)
        apply(choice, objection: objection)
        if let feedback = choice.feedback, !isSearching {
            state.feedbackLog.append(TurnFeedback(turn: turn, text: feedback))
        }
        let turnAwardCount = awards.count
        var entered: [SessionEvent] = []
        entered.reserveCapacity(isSearching ? 0 : 8)
        enter(choice.goto, events: &entered, awards: &awards)
        let stamped = awards.map { $0.event(turn: turn) }
        state.events += stamped
        if isSearching { return [] }
        // Built in order: the answer, then (practice) its feedback and points, then the customer's
        // next line, with the end-of-meeting points just before the ending.
        var events: [SessionEvent] = [.answered(NumberedChoice(number: number, say: choice.say), byNumber: byNumber)]
        events.reserveCapacity(entered.count + stamped.count + 2)
        if mode == .practice {
            if let feedback = choice.feedback { events.append(.feedback(feedback)) }
            events += stamped.prefix(turnAwardCount).map { .score($0) }
            let endAwards = stamped.dropFirst(turnAwardCount).map { SessionEvent.score($0) }
            if let endIndex = entered.firstIndex(where: { if case .ended = $0 { true } else { false } }) {
                events += entered[..<endIndex]
                events += endAwards
                events += entered[endIndex...]
            } else {
                events += entered
                events += endAwards
            }
        } else {
            events += entered
        }
        record(.init(type: .turn, turn: turn, node: node.id, input: input, matched: number, say: choice.say,
                     via: byNumber ? .number : .text, elapsed: state.elapsed, events: stamped,
                     outcome: state.ending?.outcome))
        return events
    }

    /// Every method rule that looks at a single answer.
    private func scoreChoice(_ choice: Choice, at node: ScenarioNode, objection: ObjectionRule.Outcome) -> [Award] {
        let speaker = node.speaker.flatMap { scenario.contact($0) }
        var awards: [Award] = []
        awards += StageRule.score(task: choice.task, stage: state.stage, done: state.stageTasks, language: language)
        awards += SyncRule.score(step: choice.step, buying: state.buying, language: language)
        awards += objection.awards
        awards += ClosingRule.score(close: choice.closing, opportunity: state.opportunity,
                                    inWindow: scenario.meeting.isInClosingWindow(elapsed: state.elapsed),
                                    windowMinutes: scenario.meeting.closingWindow, language: language)
        awards += DiscoveryRule.pitchBeforeNeed(step: choice.step, task: choice.task, reveals: choice.reveals,
                                                known: state.known, language: language)
        awards += DiscoveryRule.score(reveals: choice.reveals, known: state.known, language: language)
        awards += RapportRule.score(suits: choice.suits, clashes: choice.clashes, speaker: speaker, language: language)
        awards += AuthorScoreRule.score(choice.score, feedback: choice.feedback, language: language)
        return awards
    }

    private mutating func apply(_ choice: Choice, objection: ObjectionRule.Outcome) {
        state.objection = objection.progress
        if choice.closing != nil { state.closeAttempts.append(state.elapsed) }
        // A moment to close lasts one answer; the next node may bring another.
        state.opportunity = nil
        if let task = choice.task, task.stage == state.stage { state.stageTasks.insert(task) }
        for (fact, value) in choice.reveals.values { state.known[fact] = value }
        shift(choice.shifts)
        let environment = SessionEnvironment(state, meeting: scenario.meeting)
        let values = choice.set.map { ($0.name, $0.expression.evaluate(in: environment)) }
        for (name, value) in values { state.variables[name] = value }
        state.elapsed += choice.minutes
    }

    /// Attitudes move with the seller's work; a shift back to the starting attitude drops the entry,
    /// so equal moments have equal states.
    private mutating func shift(_ shifts: [AttitudeShift]) {
        for shift in shifts {
            guard let contact = scenario.contact(shift.contact) else { continue }
            state.attitudes[contact.id] = shift.attitude == contact.attitude ? nil : shift.attitude
        }
    }

    /// The contact's attitude at this moment of play.
    public func attitude(of contact: Contact) -> Attitude { state.attitude(of: contact) }

    /// Arrives at a node: the clock, facts, signals, objection, then an ending, a checkpoint or the choices.
    private mutating func enter(_ id: String, events: inout [SessionEvent], awards: inout [Award]) {
        guard let node = scenario.node(id) else { return }
        state.node = id
        if countedVisits?.contains(id) ?? true { state.visits[id, default: 0] += 1 }
        state.elapsed += node.minutes
        if let stage = node.stage, stage != state.stage {
            state.stage = stage
            state.stageTasks = []
            events.append(.stageChanged(stage))
        }
        if let task = node.task, task.stage == state.stage {
            // The task the relationship has reached here, and every one before it in the stage.
            state.stageTasks.formUnion(task.stage.tasks.prefix(task.positionInStage + 1))
        }
        if let buying = node.buying { state.buying = buying }
        for (fact, value) in node.reveals.values { state.known[fact] = value }
        shift(node.shifts)
        var resolved = false
        if let kind = node.resolves, state.objection?.kind == kind {
            state.objection = nil
            resolved = true
        }
        if let kind = node.objection { state.objection = ObjectionProgress(kind: kind) }
        // The customer's own moments to close: signals, or an objection just removed (unless a new one is raised).
        if !node.signals.isEmpty {
            state.opportunity = .signals(node.signals)
        } else if resolved && node.objection == nil {
            state.opportunity = .objectionRemoved
        } else {
            state.opportunity = nil
        }
        // A search throws the events away: only the state matters there.
        if !isSearching {
            if state.visits[id, default: 0] <= 1 {
                for contact in scenario.contacts where contact.joins == id && id != scenario.start {
                    events.append(.notice(.joined(contact)))
                }
            }
            if let line = node.line {
                events.append(.customerSays(speaker: node.speaker.flatMap { scenario.contact($0) }, line: line))
            }
            if let cue = node.cue { events.append(.cue(cue)) }
            events.append(.clock(clock))
        }

        if let end = node.end {
            finish(end.outcome, text: end.text, events: &events, awards: &awards)
        } else if state.elapsed >= scenario.meeting.minutes {
            events.append(.notice(.timeUp))
            finish(.followUp, text: Wording(language).notice(.timeUp), events: &events, awards: &awards)
        } else if availableChoiceIndices(in: node).isEmpty {
            events.append(.notice(.stalled))
            finish(.followUp, text: Wording(language).notice(.stalled), events: &events, awards: &awards)
        } else {
            switch node.ask {
            case .classify?:
                state.pending = .classify
                events.append(.askClassify)
            case .map?:
                let remaining = scenario.contacts.filter { !isFullyMapped($0.id) }.map(\.id)
                if let first = remaining.first, let contact = scenario.contact(first) {
                    state.pending = .map(remaining)
                    events.append(.askMap(contact))
                } else {
                    events += presentation()
                }
            case nil:
                events += presentation()
            }
        }
    }

    /// The prompt for an ordinary turn: the choices in practice, an open answer in exam.
    private func presentation() -> [SessionEvent] {
        guard !isFinished, !isSearching else { return [] }
        if mode == .practice {
            return [.choices(availableChoices().map { NumberedChoice(number: $0.number, say: $0.choice.say) })]
        }
        return [.awaitingAnswer]
    }

    private mutating func finish(_ authored: Outcome, text endingText: String?, events: inout [SessionEvent],
                                 awards: inout [Award]) {
        var outcome = authored
        var adjustments: [String] = []
        // The closing window is the last minutes of the meeting as it actually ran.
        let end = min(state.elapsed, scenario.meeting.minutes)
        let windowStart = max(0, end - scenario.meeting.closingWindow)
        // A customer who breaks the meeting off (lost) leaves no last minutes to close in, and
        // nothing for follow-up to rescue: the mistakes that lost it are scored where they were made.
        if authored != .lost && !state.closeAttempts.contains(where: { $0 >= windowStart }) {
            let award = ClosingRule.noCloseAtEnd(chance: scenario.settings.followUpSigningChance, language: language)
            awards.append(award)
            if outcome == .signed || outcome == .nextMeeting {
                outcome = .followUp
                adjustments.append(award.reason)
            }
        }
        if outcome == .signed && scenario.settings.requireSponsor && !state.hasSponsor(among: scenario.contacts) {
            outcome = .followUp
            adjustments.append(Wording(language).notice(.noSponsor))
            events.append(.notice(.noSponsor))
        }
        let ending = SessionEnding(outcome: outcome, text: endingText, adjustments: adjustments, node: state.node,
                                   elapsed: state.elapsed)
        state.ending = ending
        state.pending = nil
        events.append(.ended(ending))
    }

    // MARK: - Checkpoints

    /// `recordedInput` is what replay must feed to get here (the whole `/classify …` line when typed as a command).
    private mutating func classify(_ input: String, scored: Bool, recordedInput: String? = nil) -> [SessionEvent] {
        // Nothing is scored, and the checkpoint stays open, until the whole answer is understood.
        let reading = AnswerParsing.classificationReading(input)
        guard let given = reading.customerClass else {
            var events: [SessionEvent] = [.notice(.classifyFormat)]
            if !reading.unread.isEmpty { events.append(.notice(.unreadWords(reading.unread, allowed: ["A", "B", "C", "D"] + AnswerParsing.reasonWords(language)))) }
            return events
        }
        let unknownFacts = UnknownFactReading(input, hedged: reading.hedged)
        let unread = reading.unread.filter { !unknownFacts.explains($0) }
        guard unread.isEmpty else {
            return [.notice(.unreadWords(unread, allowed: AnswerParsing.reasonWords(language)))]
        }
        let reasons = reading.reasons
        let facts = state.known.accountFacts
        let expected = Classifier.classify(facts)
        var events: [SessionEvent] = []
        var stamped: [ScoreEvent] = []
        if scored {
            stamped = ClassificationRule.score(given: given, reasons: reasons, unknownFacts: unknownFacts.facts, facts: facts,
                                               language: language)
                .map { $0.event(turn: state.turn) }
            state.events += stamped
            state.lastClassification = given
            state.pending = nil
        }
        if mode == .exam {
            // Exam mode reveals nothing before the scorecard.
            events.append(.notice(.classificationRecorded))
        } else {
            events.append(.classified(given: given, reasons: reasons, expected: expected, scored: scored))
            events += stamped.map { .score($0) }
            if !scored { events.append(.notice(.practiceClassificationNotScored)) }
        }
        record(.init(type: .classify, turn: state.turn, node: state.node, input: recordedInput ?? input, events: stamped,
                     given: given.rawValue, reasons: reasons.map(\.rawValue), expected: expected.customerClass.rawValue))
        if scored { events += presentationAfterCheckpoint() }
        return events
    }

    /// Play going on at the node a checkpoint interrupted. Exam mode lists nothing to answer, so
    /// the customer's line is said again: otherwise the trainee faces a bare prompt.
    private func presentationAfterCheckpoint() -> [SessionEvent] {
        guard mode == .exam, !isFinished, !isSearching, let node = currentNode, let line = node.line else { return presentation() }
        return [.customerSays(speaker: node.speaker.flatMap { scenario.contact($0) }, line: line)] + presentation()
    }

    private func isFullyMapped(_ contact: String) -> Bool {
        let m = state.mapped[contact]
        return m?.role != nil && m?.attitude != nil && m?.style != nil
    }

    private mutating func map(_ contact: Contact, _ mapping: ContactMapping, input: String) -> [SessionEvent] {
        let already = state.mapped[contact.id] ?? ContactMapping()
        let stamped = PeopleRule.score(mapping, of: contact, attitude: state.attitude(of: contact), alreadyScored: already,
                                       language: language)
            .map { $0.event(turn: state.turn) }
        state.events += stamped
        var merged = already
        if merged.role == nil { merged.role = mapping.role }
        if merged.attitude == nil { merged.attitude = mapping.attitude }
        if merged.style == nil { merged.style = mapping.style }
        state.mapped[contact.id] = merged
        record(.init(type: .map, turn: state.turn, node: state.node, input: input, events: stamped, contact: contact.id))
        var events: [SessionEvent] = [.mapped(contact, mapping)]
        if mode == .practice { events += stamped.map { .score($0) } }
        return events
    }

    private mutating func mapAtCheckpoint(_ input: String, remaining: [String]) -> [SessionEvent] {
        guard let id = remaining.first, let contact = scenario.contact(id) else {
            state.pending = nil
            return presentationAfterCheckpoint()
        }
        var events: [SessionEvent]
        if ["skip", "跳过", "-", "pass"].contains(input.lowercased()) {
            record(.init(type: .map, turn: state.turn, node: state.node, input: input, contact: id))
            events = [.notice(.mapSkipped(contact))]
        } else {
            var words = AnswerParsing.words(input.hasPrefix("/") ? String(input.drop { $0 != " " }) : input)
            // "王总 批准者 …" or "/map 王总 …", as the format shows it: the contact's name is not a word to read.
            if let first = words.first, scenario.findContact(first)?.id == contact.id { words.removeFirst() }
            let (mapping, unread) = AnswerParsing.mapping(words)
            guard unread.isEmpty else {
                return [.notice(.unreadWords(unread, allowed: AnswerParsing.mappingWords(language))), .askMap(contact)]
            }
            guard !mapping.isEmpty else { return [.notice(.mapFormat(example: exampleContact)), .askMap(contact)] }
            events = map(contact, mapping, input: input)
        }
        let rest = Array(remaining.dropFirst())
        if let next = rest.first, let nextContact = scenario.contact(next) {
            state.pending = .map(rest)
            events.append(.askMap(nextContact))
        } else {
            state.pending = nil
            events += presentationAfterCheckpoint()
        }
        return events
    }

    // MARK: - Commands

    /// A contact of this scenario to show in examples ("王总", "Raj").
    var exampleContact: String {
        guard let name = scenario.contacts.first?.name else { return language == .zh ? "王总" : "Raj" }
        return name.split(separator: " ").first.map(String.init) ?? name
    }

    public static let commands = ["/help", "/status", "/hint", "/classify", "/map", "/notes", "/back", "/restart", "/quit"]

    private mutating func command(_ input: String) -> [SessionEvent] {
        let parts = input.split(separator: " ", maxSplits: 1).map(String.init)
        let name = parts[0].lowercased()
        let argument = parts.count > 1 ? parts[1].trimmingCharacters(in: .whitespaces) : ""
        switch name {
        case "/help", "/h", "/?":
            return [.help(CommandHelp.all(language: language, mode: mode, example: exampleContact))]
        case "/status", "/s":
            return [.status(status)]
        case "/quit", "/q", "/exit":
            return [.quit]
        case "/notes", "/note":
            if argument.isEmpty { return [.notes(state.notes)] }
            state.notes.append(argument)
            record(.init(type: .note, turn: state.turn, node: state.node, input: input))
            return [.notice(.noteSaved)]
        case "/hint":
            guard mode == .practice else { return [.notice(.notInExam("/hint"))] }
            record(.init(type: .hint, turn: state.turn, node: state.node, input: input))
            return [.hint(Hints.advice(for: self))]
        case "/back":
            guard mode == .practice else { return [.notice(.notInExam("/back"))] }
            guard let previous = undoStack.popLast() else { return [.notice(.nothingToUndo)] }
            state = previous
            record(.init(type: .back, turn: state.turn, node: state.node, input: input))
            return [.notice(.wentBack)] + replayPresentation()
        case "/restart":
            // The trainee's notes are theirs, not the attempt's: they outlive a restart.
            let notes = state.notes
            state = initialState
            state.notes = notes
            undoStack.removeAll()
            record(.init(type: .restart, node: state.node, input: input))
            return [.notice(.restarted)] + (state.stage.map { [.stageChanged($0)] } ?? []) + replayPresentation()
        case "/classify", "/c":
            guard !isFinished else { return [.notice(.alreadyEnded)] }
            if argument.isEmpty {
                if state.pending != .classify { state.pending = .practiceClassify }
                return [.notice(.classifyFormat)]
            }
            if state.pending == .classify { return classify(argument, scored: true, recordedInput: input) }
            return classify(argument, scored: false, recordedInput: input)
        case "/map", "/m":
            let words = AnswerParsing.words(argument)
            guard let first = words.first else { return [.notice(.mapFormat(example: exampleContact))] }
            guard let contact = scenario.findContact(first) else { return [.notice(.unknownContact(first))] }
            // At a map checkpoint for this contact, the command answers it.
            if case .map(let remaining)? = state.pending, remaining.first == contact.id, !isFinished {
                return mapAtCheckpoint(input, remaining: remaining)
            }
            let (mapping, unread) = AnswerParsing.mapping(Array(words.dropFirst()))
            guard unread.isEmpty else { return [.notice(.unreadWords(unread, allowed: AnswerParsing.mappingWords(language)))] }
            guard !mapping.isEmpty else { return [.notice(.mapFormat(example: exampleContact))] }
            return map(contact, mapping, input: input)
        default:
            return [.notice(.unknownCommand(String(name.prefix(40))))]
        }
    }

    /// Where play stands, shown again: for a front end resuming a saved session.
    public func presentCurrentNode() -> [SessionEvent] { replayPresentation() }

    /// After /back or /restart: show the current node again.
    private func replayPresentation() -> [SessionEvent] {
        guard let node = currentNode else { return [] }
        var events: [SessionEvent] = []
        if let line = node.line { events.append(.customerSays(speaker: node.speaker.flatMap { scenario.contact($0) }, line: line)) }
        if let cue = node.cue { events.append(.cue(cue)) }
        events.append(.clock(clock))
        switch state.pending {
        case .classify?: events.append(.askClassify)
        case .map(let ids)?: if let contact = ids.first.flatMap({ scenario.contact($0) }) { events.append(.askMap(contact)) }
        default: events += presentation()
        }
        return events
    }

    public var status: SessionStatus {
        var points: [ScoreDimension: Int] = [:]
        // Exam mode keeps the score for the scorecard.
        if mode == .practice { for event in state.events { points[event.dimension, default: 0] += event.points } }
        return SessionStatus(node: state.node, stage: state.stage, buying: state.buying, clock: clock, known: state.known,
                             points: points, mapped: state.mapped, lastClassification: state.lastClassification,
                             openObjection: state.objection?.kind)
    }

    private mutating func record(_ record: TranscriptRecord) { journal.append(record) }

    // MARK: - Search support

    /// Takes choice `number` as if typed, for searching the scenario (no journal kept).
    mutating func simulate(choice number: Int) {
        isSearching = true
        undoStack.removeAll()
        journal.removeAll()
        _ = take(number, input: "", byNumber: true)
    }

    mutating func clearScoreForSearch() {
        state.events.removeAll()
        state.feedbackLog.removeAll()
    }

    /// Answers a pending checkpoint perfectly, for searching the best reachable score.
    mutating func answerCheckpointPerfectly() {
        switch state.pending {
        case .classify?:
            let facts = state.known.accountFacts
            let expected = Classifier.classify(facts)
            state.events += ClassificationRule.score(given: expected.customerClass, reasons: expected.expectedReasons,
                                                     unknownFacts: expected.pending,
                                                     facts: facts, language: language).map { $0.event(turn: state.turn) }
            state.pending = nil
        case .map?, .practiceClassify?, .clarify?:
            state.pending = nil
        case nil:
            break
        }
    }
}

extension CommandHelp {
    static func all(language: Language, mode: SessionMode, example: String) -> [CommandHelp] {
        var list: [CommandHelp] = [
            .init(command: "/help", summary: text(language, "显示命令", "list the commands")),
            .init(command: "/status", summary: text(language, "阶段、时间、已知信息和得分", "stage, clock, known facts and points")),
            .init(command: "/classify", summary: text(language, "判断客户类别：/classify B 第二KP 有需求 …", "classify the account: /classify B second KP, need …")),
            .init(command: "/map", summary: text(language, "判断人物：/map \(example) 批准者 中立者 控制型", "map a contact: /map \(example) approver neutral driver")),
            .init(command: "/notes", summary: text(language, "记笔记：/notes 文本；单独输入则列出", "add a note (/notes TEXT) or list them")),
        ]
        if mode == .practice {
            list.append(.init(command: "/hint", summary: text(language, "此刻方法的要点与最佳一步的方向（仅练习模式）", "what the method says here, and the direction of the best move (practice only)")))
            list.append(.init(command: "/back", summary: text(language, "回退一步（仅练习模式）", "undo the last answer (practice only)")))
        }
        list.append(.init(command: "/restart", summary: text(language, "重新开始", "start over")))
        list.append(.init(command: "/quit", summary: text(language, "保存并离开（Ctrl-D 同样）", "save and leave (Ctrl-D too)")))
        return list
    }
}
