import SalesMethod
import SparKit

/// A valid synthetic scenario of any size, as YAML: a meeting in layers (investigation, growth,
/// maturity) whose nodes branch and merge, with conditions, variables, signals, objections,
/// checkpoints, a ten-choice node, a few loops back, early losses and the four endings. For
/// measuring spar at the size of a trainer's whole bank; the same seed gives the same bytes.
public struct ScenarioGenerator: Sendable {
    public static let minimumNodes = 8

    public var nodeCount: Int
    public var seed: UInt64
    public var language: Language

    public init(nodes: Int, seed: UInt64 = 1, language: Language = .en) {
        nodeCount = max(Self.minimumNodes, nodes)
        self.seed = seed
        self.language = language
    }

    /// The node id of the ten-choice node (for the matcher benchmark).
    public static let menuNode = "menu"

    public func yaml() -> String {
        var plan = Plan(nodeCount: nodeCount, seed: seed, phrases: .of(language))
        plan.build()
        return plan.render(language: language)
    }
}

// MARK: - The plan

extension ScenarioGenerator {
    struct PlannedChoice {
        var answer: SyntheticPhrases.Answer
        var task: LifecycleTask?
        var step: SalesStep?
        var close: ClosingTechnique?
        var handles: ObjectionHandling?
        var suits: [CommunicationStyle] = []
        var clashes: [CommunicationStyle] = []
        var reveals: [AccountFact] = []
        var set: [(String, String)] = []
        var condition: String?
        var score: (ScoreDimension, Int)?
        var feedback: String?
        var minutes = 0
        var goto = ""
        /// A trap: argue, push, concede; may end the meeting early.
        var trap = false
    }

    struct PlannedNode {
        var id: String
        var layer: Int
        var stage: LifecycleStage?
        var buying: BuyingPhase?
        var speaker: Contact
        var line: String
        var cue: String?
        var signals: [BuyingSignal] = []
        var objection: ObjectionKind?
        /// The customer accepts the answer to this objection here.
        var resolves: ObjectionKind?
        var reveals: [AccountFact] = []
        var ask: Checkpoint?
        var minutes = 2
        var choices: [PlannedChoice] = []
        var end: Outcome?
    }

    struct Contact {
        var id: String
        var name: String
        var title: String
        var kp: KPRank?
        var role: BuyerRole
        var attitude: Attitude
        var style: CommunicationStyle
    }

    struct Plan {
        let nodeCount: Int
        var random: SeededRandom
        let phrases: SyntheticPhrases
        let contacts: [Contact]
        /// Body nodes by layer; endings apart.
        var layers: [[PlannedNode]] = []
        var endings: [PlannedNode] = []
        var earlyLosses: [String] = []
        var nextLoss = 0
        var hubs: [(id: String, layer: Int)] = []

        static let stages: [(LifecycleStage, BuyingPhase)] = [(.investigation, .evaluation), (.growth, .decision), (.maturity, .approval)]
        static let finals: [Outcome] = [.signed, .nextMeeting, .followUp, .lost]

        init(nodeCount: Int, seed: UInt64, phrases: SyntheticPhrases) {
            self.nodeCount = nodeCount
            random = SeededRandom(seed: seed)
            self.phrases = phrases
            let zh = phrases.company != SyntheticPhrases.en.company
            contacts = [
                Contact(id: "chen", name: zh ? "陈总" : "Dana Chen", title: zh ? "财务总监" : "CFO", kp: .first,
                        role: .approver, attitude: .neutral, style: .driver),
                Contact(id: "lin", name: zh ? "林工" : "Raj Lin", title: zh ? "信息部经理" : "IT manager", kp: .third,
                        role: .evaluator, attitude: .supporter, style: .analytical),
                Contact(id: "zhou", name: zh ? "周经理" : "Maria Zhou", title: zh ? "运营经理" : "Head of operations", kp: .second,
                        role: .user, attitude: .sponsor, style: .expressive),
                Contact(id: "ma", name: zh ? "马主任" : "Sam Ma", title: zh ? "采购主任" : "Procurement lead", kp: nil,
                        role: .purchaser, attitude: .nonSupporter, style: .amiable),
            ]
        }

        var layerCount: Int { layers.count }

        func stageIndex(_ layer: Int) -> Int { min(2, layer * 3 / max(1, layerCount)) }
        func isBoundary(_ layer: Int) -> Bool { layer == 0 || stageIndex(layer) != stageIndex(layer - 1) }

        /// Meeting length grows with the number of layers, so good paths reach the closing window.
        var meetingMinutes: Int { 3 * layerCount + 10 }
        var closingWindow: Int { min(20, layerCount + 5) }

        mutating func build() {
            let losses = nodeCount / 25
            let body = nodeCount - Self.finals.count - losses
            let count = min(20, max(2, body / 2))
            layers = Self.widths(body: body, layers: count).enumerated().map { layer, width in
                (0..<width).map { index in
                    PlannedNode(id: layer == count - 2 && index == 0 && count >= 3 ? ScenarioGenerator.menuNode : "n\(layer)_\(index)",
                                layer: layer, speaker: contacts[0], line: "")
                }
            }
            earlyLosses = (0..<losses).map { "lost_\($0)" }
            hubs = (1..<min(count - 1, 7)).map { (layers[$0][0].id, $0) }
            for layer in 0..<count {
                for index in layers[layer].indices { fill(layer: layer, index: index) }
            }
            cover()
            endings = Self.finals.map { outcome in
                PlannedNode(id: "end_\(outcome.rawValue)", layer: count, speaker: contacts[0], line: phrases.endings[outcome]!,
                            minutes: 1, end: outcome)
            } + earlyLosses.map { id in
                PlannedNode(id: id, layer: count, speaker: contacts[random.index(contacts.count)],
                            line: phrases.endings[.lost]!, minutes: 1, end: .lost)
            }
        }

        /// One start node, then each layer up to three times wider than the one before until the
        /// nodes are spread evenly: a meeting opens narrow and branches out.
        static func widths(body: Int, layers: Int) -> [Int] {
            var widths = [1]
            var remaining = body - 1
            for layer in 1..<layers {
                let even = max(1, remaining / (layers - layer))
                let width = layer == layers - 1 ? remaining : min(widths[layer - 1] * 3, even)
                widths.append(width)
                remaining -= width
            }
            return widths
        }

        /// One body node: who speaks, what happens there, and its choices.
        mutating func fill(layer: Int, index: Int) {
            let (stage, buying) = Self.stages[stageIndex(layer)]
            var node = layers[layer][index]
            node.speaker = contacts[random.index(contacts.count)]
            node.minutes = 1 + random.index(3)
            if isBoundary(layer) || random.chance(0.1) { node.stage = stage; node.buying = buying }
            let isMenu = node.id == ScenarioGenerator.menuNode
            // An objection needs a node after it where the customer lets it go: none on the last layer.
            if !isMenu && layer > 0 && random.chance(0.15) && layer < layerCount - 1 {
                let kind = ObjectionKind.allCases[random.index(ObjectionKind.allCases.count)]
                node.objection = kind
                node.line = phrases.objectionLines[kind]!
            } else if isMenu || (stage != .investigation && random.chance(0.2)) || random.chance(0.05) {
                let signal = BuyingSignal.allCases[random.index(BuyingSignal.allCases.count)]
                node.signals = [signal]
                if random.chance(0.3) { node.signals.append(.leansForward) }
                node.signals = Array(Set(node.signals)).sorted { $0.rawValue < $1.rawValue }
                node.line = phrases.signalLines[signal]!
            } else {
                node.line = random.pick(phrases.lines[stage]!)
            }
            if random.chance(0.3) { node.cue = random.pick(phrases.cues) }
            if random.chance(0.04) { node.reveals = [random.pick([AccountFact.need, .seesValue])] }
            if stage != .investigation && !isMenu && random.chance(0.03) { node.ask = .classify }
            if stage == .maturity && !isMenu && random.chance(0.01) { node.ask = .map }
            node.choices = choices(for: node, stage: stage, buying: buying, layer: layer, index: index)
            layers[layer][index] = node
            // The good answer (the first) leads to where the customer accepts it.
            if let kind = node.objection, let target = node.choices.first?.goto,
               let position = layers[layer + 1].firstIndex(where: { $0.id == target }) {
                layers[layer + 1][position].resolves = kind
            }
        }

        /// Distinct answers for a node; the first is always unconditional and leads on, so every
        /// node can be left and the next layer is covered.
        mutating func choices(for node: PlannedNode, stage: LifecycleStage, buying: BuyingPhase, layer: Int, index: Int)
            -> [PlannedChoice] {
            var used: Set<String> = []
            var list: [PlannedChoice] = []
            func take(_ choice: PlannedChoice) {
                guard used.insert(choice.answer.say).inserted else { return }
                list.append(choice)
            }
            let isLast = layer == layerCount - 1
            let isMenu = node.id == ScenarioGenerator.menuNode
            let wanted = isMenu ? 10 : [2, 2, 3, 3, 3, 4, 4][random.index(7)]
            let tasks = LifecycleTask.allCases.filter { $0.stage == stage }

            // The good answer first: handle the objection, close on the signal, or move the work on.
            if node.objection != nil {
                take(handling(random.pick([.explore, .acknowledge]), buying: buying))
                for handling in [ObjectionHandling.respond, .argue, .concede, .listen].shuffled(using: &random) { take(self.handling(handling, buying: buying)) }
            } else if !node.signals.isEmpty || isLast {
                take(close(random.pick([.directRequest, .assumptive, .benefitSummary, .goWithFlow]), task: stage == .maturity ? .signing : nil))
            }
            take(advance(stage: stage, buying: buying, tasks: tasks))
            var attempts = 0
            while list.count < wanted && attempts < 100 {
                attempts += 1
                switch random.index(isMenu ? 4 : 8) {
                case 0: take(close(ClosingTechnique.allCases[random.index(5)], task: stage == .maturity ? .negotiation : nil))
                case 1, 4: take(discover(tasks: tasks, buying: buying))
                case 2: take(rapport(speaker: node.speaker))
                case 3: take(concession())
                case 5: take(push(stage: stage))
                default: take(advance(stage: stage, buying: buying, tasks: tasks))
                }
            }
            list = Array(list.prefix(wanted))
            for position in list.indices {
                var choice = list[position]
                if choice.suits.isEmpty && choice.clashes.isEmpty {
                    if random.chance(0.25) { choice.suits = [node.speaker.style] } else if random.chance(0.1) { choice.clashes = [node.speaker.style] }
                }
                choice.minutes = random.index(3)
                choice.goto = target(for: choice, from: layer, index: index, position: position, isLast: isLast)
                if position > 0 && !isMenu { choice.condition = condition(layer: layer) }
                if choice.trap && random.chance(0.4) { choice.feedback = phrases.feedback.trap }
                if random.chance(0.02) { choice.score = (random.pick([.rapport, .closing, .discovery]), random.pick([1, 2, -1])) }
                list[position] = choice
            }
            return list
        }

        mutating func handling(_ handling: ObjectionHandling, buying: BuyingPhase) -> PlannedChoice {
            var choice = PlannedChoice(answer: phrases.handling[handling]!)
            choice.handles = handling
            if handling == .respond { choice.step = buying.step }
            if handling == .concede { choice.set = [("discount", "discount + 10")] }
            choice.trap = handling == .argue || handling == .concede
            return choice
        }

        mutating func close(_ technique: ClosingTechnique, task: LifecycleTask?) -> PlannedChoice {
            var choice = PlannedChoice(answer: phrases.closes[technique]!)
            choice.close = technique
            choice.task = task
            if technique == .concession { choice.set = [("discount", "discount + 5")] }
            return choice
        }

        mutating func advance(stage: LifecycleStage, buying: BuyingPhase, tasks: [LifecycleTask]) -> PlannedChoice {
            var choice = PlannedChoice(answer: random.pick(phrases.advance[stage]!))
            choice.task = random.pick(tasks)
            choice.step = random.chance(0.8) ? buying.step : SalesStep.allCases[min(6, buying.order + 1)]
            return choice
        }

        mutating func discover(tasks: [LifecycleTask], buying: BuyingPhase) -> PlannedChoice {
            let fact = AccountFact.allCases[random.index(AccountFact.allCases.count)]
            var choice = PlannedChoice(answer: phrases.discover[fact]!)
            choice.reveals = [fact]
            if random.chance(0.5) { choice.task = random.pick(tasks) }
            if random.chance(0.3) { choice.step = SalesStep.allCases[max(0, buying.order - 1)] }
            return choice
        }

        mutating func rapport(speaker: Contact) -> PlannedChoice {
            var choice = PlannedChoice(answer: random.pick(phrases.rapport))
            choice.suits = [speaker.style]
            choice.set = [("trust", "trust + 1")]
            return choice
        }

        mutating func concession() -> PlannedChoice {
            var choice = PlannedChoice(answer: phrases.concession)
            choice.close = .concession
            choice.set = [("discount", "discount + 5")]
            choice.trap = true
            return choice
        }

        mutating func push(stage: LifecycleStage) -> PlannedChoice {
            var choice = PlannedChoice(answer: phrases.push)
            choice.task = stage == .maturity ? .upsell : .signing
            choice.close = .assumptive
            choice.trap = true
            return choice
        }

        /// Conditions an author would write: on the deal so far, the clock, what is known, where play has been.
        mutating func condition(layer: Int) -> String? {
            guard random.chance(0.12) else { return nil }
            var pool = ["discount > 0", "discount == 0", "trust >= 1", "known(budget)", "in_window", "elapsed < 45",
                        "need == yes", "!known(timeline)"]
            if let hub = hubs.filter({ $0.layer < layer }).last { pool.append("visited(\(hub.id))") }
            return random.pick(pool)
        }

        /// Where a choice leads: on to the next layer (sometimes the one after), back one layer now
        /// and then, to an early loss for some traps, to the endings from the last layer.
        mutating func target(for choice: PlannedChoice, from layer: Int, index: Int, position: Int, isLast: Bool) -> String {
            if isLast {
                if choice.close != nil && !choice.trap { return "end_signed" }
                if choice.trap { return "end_lost" }
                return position % 2 == 0 ? "end_next_meeting" : "end_follow_up"
            }
            let next = layers[layer + 1]
            if position == 0 { return next[index % next.count].id }
            if choice.trap && !earlyLosses.isEmpty && random.chance(0.35) {
                defer { nextLoss += 1 }
                return earlyLosses[nextLoss % earlyLosses.count]
            }
            if layer > 0 && stageIndex(layer - 1) == stageIndex(layer) && random.chance(0.01) {
                return random.pick(layers[layer - 1]).id
            }
            if layer + 2 < layerCount && !isBoundary(layer + 1) && random.chance(0.15) {
                return random.pick(layers[layer + 2]).id
            }
            return random.pick(next).id
        }

        /// Every node and ending is the target of some unconditional choice (no unreachable nodes):
        /// a layer wider than the one before, and endings no choice happened to pick, get one more
        /// choice, worded unlike the node's others so typed answers still tell them apart.
        mutating func cover() {
            for layer in 1..<layerCount where layers[layer].count > layers[layer - 1].count {
                let (stage, buying) = Self.stages[stageIndex(layer - 1)]
                for index in layers[layer - 1].count..<layers[layer].count {
                    let source = index % layers[layer - 1].count
                    var choice = spare(at: layers[layer - 1][source], stage: stage, buying: buying)
                    choice.goto = layers[layer][index].id
                    layers[layer - 1][source].choices.append(choice)
                }
            }
            let targeted = Set(layers.flatMap { $0.flatMap { $0.choices.map(\.goto) } })
            let last = layerCount - 1
            for (number, outcome) in Self.finals.enumerated() where !targeted.contains("end_\(outcome.rawValue)") {
                let source = number % layers[last].count
                var choice = outcome == .lost ? trap(at: layers[last][source], stage: .maturity)
                    : spare(at: layers[last][source], stage: .maturity, buying: .approval)
                if outcome == .signed { choice.close = .directRequest; choice.trap = false }
                choice.goto = "end_\(outcome.rawValue)"
                layers[last][source].choices.append(choice)
            }
            for (number, id) in earlyLosses.enumerated() where !targeted.contains(id) {
                let layer = number % max(1, layerCount - 1)
                let source = (number / max(1, layerCount - 1)) % layers[layer].count
                var choice = trap(at: layers[layer][source], stage: Self.stages[stageIndex(layer)].0)
                choice.goto = id
                layers[layer][source].choices.append(choice)
            }
        }

        /// An answer that moves the work on, worded unlike every choice the node already has.
        mutating func spare(at node: PlannedNode, stage: LifecycleStage, buying: BuyingPhase) -> PlannedChoice {
            let used = Set(node.choices.map(\.answer.say))
            let tasks = LifecycleTask.allCases.filter { $0.stage == stage }
            var pool = phrases.advance[stage]!.map { answer -> PlannedChoice in
                var choice = PlannedChoice(answer: answer)
                choice.task = random.pick(tasks)
                choice.step = buying.step
                return choice
            }
            pool += AccountFact.allCases.map { fact in
                var choice = PlannedChoice(answer: phrases.discover[fact]!)
                choice.reveals = [fact]
                return choice
            }
            pool += phrases.rapport.map { PlannedChoice(answer: $0) }
            return pool.first { !used.contains($0.answer.say) } ?? pool[0]
        }

        /// A trap worded unlike every choice the node already has.
        mutating func trap(at node: PlannedNode, stage: LifecycleStage) -> PlannedChoice {
            let used = Set(node.choices.map(\.answer.say))
            let pool = [push(stage: stage), concession(), handling(.argue, buying: .evaluation), handling(.concede, buying: .evaluation)]
            var choice = pool.first { !used.contains($0.answer.say) } ?? pool[0]
            choice.trap = true
            return choice
        }

        // MARK: - YAML

        func render(language: Language) -> String {
            var out = ""
            out.reserveCapacity(nodeCount * 700)
            let nodes = layers.joined().count + endings.count
            out += "# Synthetic scenario for measuring spar: \(nodes) nodes in \(layerCount) layers. Generated by `spar gen scenario`.\n"
            out += "id: synthetic-\(nodeCount)\n"
            out += "title: \(YAMLQuoting.quoted(language == .zh ? "合成场景（\(nodeCount) 个节点）" : "Synthetic scenario (\(nodeCount) nodes)"))\n"
            out += "language: \(language.rawValue)\n"
            out += "summary: \(YAMLQuoting.quoted(language == .zh ? "用于测量的合成场景。" : "A synthetic scenario for measurement."))\n"
            out += "meeting: { minutes: \(meetingMinutes), closing_window: \(closingWindow) }\n"
            out += "account:\n  company: \(YAMLQuoting.quoted(phrases.company))\n  truth:\n"
            for fact in AccountFact.allCases { out += "    \(fact.rawValue): \(YAMLQuoting.quoted(phrases.truth[fact]!))\n" }
            out += "  known: { competitor: \(YAMLQuoting.quoted(phrases.truth[.competitor]!)) }\n"
            out += "contacts:\n"
            for c in contacts {
                out += "  \(c.id): { name: \(YAMLQuoting.quoted(c.name)), title: \(YAMLQuoting.quoted(c.title)), "
                if let kp = c.kp { out += "kp: \(kp.rawValue), " }
                out += "role: \(c.role.rawValue), attitude: \(c.attitude.rawValue), style: \(c.style.rawValue) }\n"
            }
            out += "variables: { discount: 0, trust: 0 }\n"
            out += "start: \(layers[0][0].id)\n"
            out += "nodes:\n"
            for node in layers.joined() { render(node, into: &out) }
            for node in endings { render(node, into: &out) }
            return out
        }

        func render(_ node: PlannedNode, into out: inout String) {
            out += "  \(node.id):\n"
            if let stage = node.stage { out += "    stage: \(stage.rawValue)\n" }
            if let buying = node.buying { out += "    buying: \(buying.rawValue)\n" }
            out += "    speaker: \(node.speaker.id)\n"
            out += "    line: \(YAMLQuoting.quoted(node.line))\n"
            if let cue = node.cue { out += "    cue: \(YAMLQuoting.quoted(cue))\n" }
            if !node.signals.isEmpty { out += "    signals: [\(node.signals.map(\.rawValue).joined(separator: ", "))]\n" }
            if let objection = node.objection { out += "    objection: \(objection.rawValue)\n" }
            if let resolves = node.resolves { out += "    resolves: \(resolves.rawValue)\n" }
            if !node.reveals.isEmpty { out += "    reveals: [\(node.reveals.map(\.rawValue).joined(separator: ", "))]\n" }
            if let ask = node.ask { out += "    ask: \(ask.rawValue)\n" }
            out += "    minutes: \(node.minutes)\n"
            if let end = node.end {
                out += "    end: \(end.rawValue)\n"
                return
            }
            // One flow mapping per choice, and one match phrase but at the menu (where typed answers
            // are measured): a 100,000-node file stays under the loader's size limit.
            out += "    choices:\n"
            let phrases = node.id == ScenarioGenerator.menuNode ? Int.max : 1
            for choice in node.choices {
                var fields = ["say: \(YAMLQuoting.quoted(choice.answer.say))",
                              "match: [\(choice.answer.match.prefix(phrases).map(YAMLQuoting.quoted).joined(separator: ", "))]"]
                if let task = choice.task { fields.append("task: \(task.rawValue)") }
                if let step = choice.step { fields.append("step: \(step.rawValue)") }
                if let close = choice.close { fields.append("close: \(close.rawValue)") }
                if let handles = choice.handles { fields.append("handles: \(handles.rawValue)") }
                if !choice.suits.isEmpty { fields.append("suits: [\(choice.suits.map(\.rawValue).joined(separator: ", "))]") }
                if !choice.clashes.isEmpty { fields.append("clashes: [\(choice.clashes.map(\.rawValue).joined(separator: ", "))]") }
                if !choice.reveals.isEmpty { fields.append("reveals: [\(choice.reveals.map(\.rawValue).joined(separator: ", "))]") }
                if !choice.set.isEmpty {
                    fields.append("set: { \(choice.set.map { "\($0.0): \(YAMLQuoting.quoted($0.1))" }.joined(separator: ", ")) }")
                }
                if let condition = choice.condition { fields.append("if: \(YAMLQuoting.quoted(condition))") }
                if let (dimension, points) = choice.score { fields.append("score: { \(dimension.rawValue): \(points) }") }
                if let feedback = choice.feedback { fields.append("feedback: \(YAMLQuoting.quoted(feedback))") }
                if choice.minutes > 0 { fields.append("minutes: \(choice.minutes)") }
                fields.append("goto: \(choice.goto)")
                out += "      - { \(fields.joined(separator: ", ")) }\n"
            }
        }
    }
}
