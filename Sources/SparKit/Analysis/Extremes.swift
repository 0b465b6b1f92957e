/// For every reachable state, the most and least each dimension (and the total) can still gain,
/// and the choice that gets there: one memoised depth-first pass over the play space. The pass
/// keeps its own stack (a long scenario cannot overflow the thread's) and numbers states as it
/// meets them, so everything after the one key lookup per move is array indexing.
struct Extremes {
    typealias Slots = SIMD8<Int32>
    typealias Moves = SIMD8<Int16>

    /// A per-state summary; lane 0…6 are the dimensions in `ScoreDimension.allCases` order, 7 is the
    /// total. Moves are choice indices in the node (-1: none), stable whatever conditions hold.
    struct Entry {
        var most: Slots
        var mostMove: Moves
        var least: Slots
        var leastMove: Moves

        static let leaf = Entry(most: .zero, mostMove: Moves(repeating: -1), least: .zero, leastMove: Moves(repeating: -1))
    }

    /// One way on from a summarised state.
    struct Edge {
        var next: Int32
        var number: Int16
    }

    static let dimensions = ScoreDimension.allCases
    static let slots = dimensions.count + 1
    static var totalSlot: Int { dimensions.count }

    let space: PlaySpace
    private(set) var encoder: StateKeyEncoder
    let stateLimit: Int
    /// Keep the explored graph (for shortest paths); the coarse pass does not need it.
    let recordsEdges: Bool

    private(set) var ids: [StateKey: Int32] = [:]
    private var entries: [Entry] = []
    /// 0: met, not summarised; 1: on the current path; 2: summarised.
    private var status: [UInt8] = []
    /// States summarised so far: the `states` figure and what the limit counts.
    private(set) var summarised = 0
    private(set) var truncated = false
    /// What the pass saw on the way, by node number and flat choice number: for lint and explore.
    private(set) var reached: [Bool]
    private(set) var offered: [Bool]
    private(set) var finishedStates: [SessionEnding] = []
    /// The ending node (its number) of each finished state, -1 elsewhere.
    private var endingNode: [Int32] = []
    private var edgeRange: [Range<Int32>] = []
    private var edges: [Edge] = []

    init(space: PlaySpace, detail: StateKeyEncoder.Detail = .exact, stateLimit: Int = PlaySpace.stateLimit) {
        self.space = space
        encoder = StateKeyEncoder(space: space, detail: detail)
        self.stateLimit = stateLimit
        recordsEdges = detail == .exact
        reached = Array(repeating: false, count: space.scenario.nodes.count)
        offered = Array(repeating: false, count: space.choiceOffsets.last ?? 0)
    }

    static func slotValues(_ events: [ScoreEvent]) -> Slots {
        var values = Slots.zero
        for event in events {
            values[dimensions.firstIndex(of: event.dimension)!] &+= Int32(clamping: event.points)
            values[totalSlot] &+= Int32(clamping: event.points)
        }
        return values
    }

    mutating func id(of session: Session) -> Int32 {
        let key = encoder.key(session.state)
        if let known = ids[key] { return known }
        let id = Int32(entries.count)
        ids[key] = id
        entries.append(.leaf)
        status.append(0)
        endingNode.append(-1)
        edgeRange.append(0..<0)
        return id
    }

    func entry(_ id: Int32) -> Entry? { status[Int(id)] == 2 ? entries[Int(id)] : nil }

    // MARK: - The pass

    private struct Frame {
        var id: Int32
        var node: Int
        var moves: [PlaySpace.Move]
        var children: [Int32]
        var position = 0
        var entry: Entry?

        /// Folds in what taking move `index` gains plus the best and worst after it.
        mutating func combine(_ child: Entry, move: PlaySpace.Move) {
            let gained = Extremes.slotValues(move.gained)
            let most = gained &+ child.most, least = gained &+ child.least
            let index = Int16(move.choiceIndex)
            guard var current = entry else {
                entry = Entry(most: most, mostMove: Moves(repeating: index), least: least, leastMove: Moves(repeating: index))
                return
            }
            for slot in 0..<Extremes.slots {
                if most[slot] > current.most[slot] { current.most[slot] = most[slot]; current.mostMove[slot] = index }
                if least[slot] < current.least[slot] { current.least[slot] = least[slot]; current.leastMove[slot] = index }
            }
            entry = current
        }
    }

    private enum Visit {
        case known(Entry)
        case opened(Frame)
    }

    /// Meets a state: its summary when it needs no exploring (known, an ending, a loop back onto the
    /// current path, past the limit), or a frame to explore it.
    private mutating func visit(_ session: Session, id: Int32) -> Visit {
        let index = Int(id)
        if status[index] == 2 { return .known(entries[index]) }
        let node = space.nodeNumbers[session.state.node] ?? -1
        if node >= 0 { reached[node] = true }
        if let ending = session.state.ending {
            finishedStates.append(ending)
            endingNode[index] = Int32(node)
            entries[index] = .leaf
            status[index] = 2
            summarised += 1
            return .known(.leaf)
        }
        if status[index] == 1 { return .known(.leaf) }
        if summarised >= stateLimit {
            truncated = true
            return .known(.leaf)
        }
        status[index] = 1
        let moves = space.moves(from: session)
        var children: [Int32] = []
        children.reserveCapacity(moves.count)
        for move in moves { children.append(self.id(of: move.next)) }
        return .opened(Frame(id: id, node: node, moves: moves, children: children))
    }

    @discardableResult
    mutating func summarise(_ root: Session) -> Entry {
        var frames: [Frame] = []
        switch visit(root, id: id(of: root)) {
        case .known(let entry): return entry
        case .opened(let frame): frames.append(frame)
        }
        while let top = frames.indices.last {
            let position = frames[top].position
            if position < frames[top].moves.count {
                frames[top].position += 1
                let move = frames[top].moves[position]
                if frames[top].node >= 0 { offered[space.choiceOffsets[frames[top].node] + move.choiceIndex] = true }
                switch visit(move.next, id: frames[top].children[position]) {
                case .known(let child): frames[top].combine(child, move: move)
                case .opened(let frame): frames.append(frame)
                }
                continue
            }
            let frame = frames.removeLast()
            let entry = frame.entry ?? .leaf
            let index = Int(frame.id)
            entries[index] = entry
            status[index] = 2
            summarised += 1
            if recordsEdges {
                let first = Int32(edges.count)
                for (move, child) in zip(frame.moves, frame.children) { edges.append(Edge(next: child, number: Int16(move.number))) }
                edgeRange[index] = first..<Int32(edges.count)
            }
            guard let parent = frames.indices.last else { return entry }
            frames[parent].combine(entry, move: frames[parent].moves[frames[parent].position - 1])
        }
        return .leaf
    }

    /// Follows the stored best (or worst) choice for a slot from `session` to the end, as the choice
    /// numbers the trainee would type there.
    mutating func path(from session: Session, slot: Int, most: Bool) -> [Int] {
        var session = session
        var numbers: [Int] = []
        var seen: Set<Int32> = []
        while !session.isFinished {
            guard let id = ids[encoder.key(session.state)], let entry = entry(id), seen.insert(id).inserted else { break }
            let index = Int(most ? entry.mostMove[slot] : entry.leastMove[slot])
            guard index >= 0, let move = space.moves(from: session).first(where: { $0.choiceIndex == index }) else { break }
            numbers.append(move.number)
            session = move.next
        }
        return numbers
    }

    /// The nodes reached and the choices offered, as ids and references.
    var reachedNodes: Set<String> {
        Set(space.scenario.nodes.indices.filter { reached[$0] }.map { space.scenario.nodes[$0].id })
    }

    var offeredChoices: Set<ChoiceReference> {
        var result: Set<ChoiceReference> = []
        for (number, node) in space.scenario.nodes.enumerated() {
            for index in node.choices.indices where offered[space.choiceOffsets[number] + index] {
                result.insert(ChoiceReference(node: node.id, index: index))
            }
        }
        return result
    }
}

extension Extremes {
    /// Fewest answers from `root` to each ending node, breadth first over the explored graph.
    func shortestPaths(from root: Int32) -> [String: [Int]] {
        var found: [String: [Int]] = [:]
        var parent = Array(repeating: (state: Int32(-1), number: Int16(0)), count: entries.count)
        var seen = Array(repeating: false, count: entries.count)
        seen[Int(root)] = true
        var queue = [root]
        var head = 0
        while head < queue.count {
            let id = queue[head]
            head += 1
            let node = endingNode[Int(id)]
            if node >= 0, found[space.scenario.nodes[Int(node)].id] == nil {
                var path: [Int] = []
                var cursor = id
                while parent[Int(cursor)].state >= 0 {
                    path.append(Int(parent[Int(cursor)].number))
                    cursor = parent[Int(cursor)].state
                }
                found[space.scenario.nodes[Int(node)].id] = path.reversed()
            }
            for edge in edges[Int(edgeRange[Int(id)].lowerBound)..<Int(edgeRange[Int(id)].upperBound)] where !seen[Int(edge.next)] {
                seen[Int(edge.next)] = true
                parent[Int(edge.next)] = (id, edge.number)
                queue.append(edge.next)
            }
        }
        return found
    }
}

/// A choice by node and position in the node's `choices` list.
public struct ChoiceReference: Sendable, Hashable, Codable {
    public var node: String
    public var index: Int
}
