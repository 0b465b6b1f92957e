/// For every reachable state, the most and least each dimension (and the total) can still gain,
/// and the choice that gets there: one memoised depth-first pass over the play space.
struct Extremes {
    /// A per-state summary; index 0…6 are the dimensions in `ScoreDimension.allCases` order, 7 is the total.
    struct Entry {
        var most: [Int]
        var mostMove: [Int?]
        var least: [Int]
        var leastMove: [Int?]

        static var leaf: Entry {
            Entry(most: Array(repeating: 0, count: Extremes.slots), mostMove: Array(repeating: nil, count: Extremes.slots),
                  least: Array(repeating: 0, count: Extremes.slots), leastMove: Array(repeating: nil, count: Extremes.slots))
        }
    }

    static let dimensions = ScoreDimension.allCases
    static let slots = dimensions.count + 1
    static var totalSlot: Int { dimensions.count }

    let space: PlaySpace
    private(set) var memo: [PlaySpace.Key: Entry] = [:]
    private var onPath: Set<PlaySpace.Key> = []
    private(set) var truncated = false
    /// What the pass saw on the way: for lint and explore.
    private(set) var reachedNodes: Set<String> = []
    private(set) var offeredChoices: Set<ChoiceReference> = []
    private(set) var finishedStates: [SessionEnding] = []
    /// The explored graph: each state's moves as (choice number, next state).
    private(set) var edges: [PlaySpace.Key: [(number: Int, next: PlaySpace.Key)]] = [:]
    /// The ending node of each finished state.
    private(set) var endingNode: [PlaySpace.Key: String] = [:]

    init(space: PlaySpace) { self.space = space }

    static func slotValues(_ events: [ScoreEvent]) -> [Int] {
        var values = Array(repeating: 0, count: slots)
        for event in events {
            values[dimensions.firstIndex(of: event.dimension)!] += event.points
            values[totalSlot] += event.points
        }
        return values
    }

    /// A state being summarised: its moves, how far through them, and the best and worst so far.
    private struct Frame {
        var key: PlaySpace.Key
        var node: String
        var moves: [PlaySpace.Move]
        var next = 0
        var entry: Entry?
        var out: [(number: Int, next: PlaySpace.Key)] = []
    }

    /// Depth first with an explicit stack rather than recursion: one frame per answer on the
    /// current path, so a scenario of thousands of chained nodes cannot overflow the thread's stack.
    @discardableResult
    mutating func summarise(_ session: Session) -> Entry {
        var stack: [Frame] = []
        if let settled = open(session, onto: &stack) { return settled }
        while !stack.isEmpty {
            let top = stack.count - 1
            if stack[top].next < stack[top].moves.count {
                let move = stack[top].moves[stack[top].next]
                stack[top].out.append((move.number, space.key(move.next)))
                offeredChoices.insert(ChoiceReference(node: stack[top].node, index: move.choiceIndex))
                // A child that settles at once is folded in now; one that opens is folded in when it closes.
                if let child = open(move.next, onto: &stack) { fold(child, into: &stack[top]) }
                continue
            }
            let frame = stack.removeLast()
            let result = frame.entry ?? .leaf
            memo[frame.key] = result
            edges[frame.key] = frame.out
            onPath.remove(frame.key)
            if stack.isEmpty { return result }
            fold(result, into: &stack[stack.count - 1])
        }
        return .leaf
    }

    /// The summary of `session` when it is known without exploring (memoised, finished, a loop,
    /// past the state limit); otherwise pushes a frame to explore it and returns nil.
    private mutating func open(_ session: Session, onto stack: inout [Frame]) -> Entry? {
        let key = space.key(session)
        if let known = memo[key] { return known }
        reachedNodes.insert(session.state.node)
        if let ending = session.state.ending {
            finishedStates.append(ending)
            endingNode[key] = ending.node
            memo[key] = .leaf
            return .leaf
        }
        if onPath.contains(key) { return .leaf }
        if memo.count >= PlaySpace.stateLimit {
            truncated = true
            return .leaf
        }
        onPath.insert(key)
        stack.append(Frame(key: key, node: session.state.node, moves: space.moves(from: session)))
        return nil
    }

    /// Adds the child reached by the frame's current move to the frame's best and worst, then moves on.
    private func fold(_ child: Entry, into frame: inout Frame) {
        let move = frame.moves[frame.next]
        frame.next += 1
        let gained = Self.slotValues(move.gained)
        guard var entry = frame.entry else {
            frame.entry = Entry(most: zip(gained, child.most).map(+), mostMove: Array(repeating: move.number, count: Self.slots),
                                least: zip(gained, child.least).map(+), leastMove: Array(repeating: move.number, count: Self.slots))
            return
        }
        for slot in 0..<Self.slots {
            let most = gained[slot] + child.most[slot]
            if most > entry.most[slot] { entry.most[slot] = most; entry.mostMove[slot] = move.number }
            let least = gained[slot] + child.least[slot]
            if least < entry.least[slot] { entry.least[slot] = least; entry.leastMove[slot] = move.number }
        }
        frame.entry = entry
    }

    /// Follows the stored best (or worst) choice for a slot from `session` to the end.
    func path(from session: Session, slot: Int, most: Bool) -> [Int] {
        var session = session
        var numbers: [Int] = []
        var seen: Set<PlaySpace.Key> = []
        while !session.isFinished, let entry = memo[space.key(session)], seen.insert(space.key(session)).inserted {
            guard let number = most ? entry.mostMove[slot] : entry.leastMove[slot],
                  let move = space.moves(from: session).first(where: { $0.number == number }) else { break }
            numbers.append(number)
            session = move.next
        }
        return numbers
    }
}

extension Extremes {
    /// Fewest answers from `root` to each ending node, breadth first over the explored graph.
    func shortestPaths(from root: PlaySpace.Key) -> [String: [Int]] {
        var found: [String: [Int]] = [:]
        var parent: [PlaySpace.Key: (PlaySpace.Key, Int)] = [:]
        var seen: Set<PlaySpace.Key> = [root]
        var queue = [root]
        var index = 0
        while index < queue.count {
            let key = queue[index]
            index += 1
            if let node = endingNode[key], found[node] == nil {
                var path: [Int] = []
                var cursor = key
                while let (previous, number) = parent[cursor] { path.append(number); cursor = previous }
                found[node] = path.reversed()
            }
            for (number, next) in edges[key] ?? [] where seen.insert(next).inserted {
                parent[next] = (key, number)
                queue.append(next)
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
