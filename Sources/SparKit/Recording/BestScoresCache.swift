import Foundation

/// The best reachable scores per scenario, searched once per scenario content and engine version:
/// kept in memory for the process and, when a folder is given, on disk for the next one. A
/// scorecard needs them; searching again for every play would cost seconds on a large scenario.
public final class BestScoresCache: @unchecked Sendable {
    /// A value being computed or computed, shared by every caller that asks for it.
    private final class Entry: @unchecked Sendable {
        let ready = DispatchSemaphore(value: 0)
        var value: BestScores?
    }

    private let directory: String?
    private let engineVersion: String
    private let lock = NSLock()
    private var entries: [String: Entry] = [:]

    /// `directory`: where to keep results between processes (nil: memory only).
    /// `engineVersion`: part of the key, since the rules decide what is reachable.
    public init(directory: String? = nil, engineVersion: String) {
        self.directory = directory
        self.engineVersion = engineVersion
    }

    /// Waits for the search if another caller started it; otherwise loads it from disk or searches.
    public func best(for scenario: Scenario) -> BestScores {
        let (entry, owner) = claim(scenario)
        if owner { fill(entry, for: scenario) }
        entry.ready.wait()
        entry.ready.signal()
        return lock.withLock { entry.value! }
    }

    /// Starts the search on another thread, so a later `best(for:)` finds it done or under way.
    public func prefetch(_ scenario: Scenario) {
        let (entry, owner) = claim(scenario)
        guard owner else { return }
        Thread.detachNewThread { [self] in fill(entry, for: scenario) }
    }

    private func claim(_ scenario: Scenario) -> (Entry, owner: Bool) {
        lock.withLock {
            if let entry = entries[scenario.sha256] { return (entry, false) }
            let entry = Entry()
            entries[scenario.sha256] = entry
            return (entry, true)
        }
    }

    private func fill(_ entry: Entry, for scenario: Scenario) {
        let value = load(scenario) ?? {
            let searched = ScoreSearch.best(for: scenario)
            save(searched, for: scenario)
            return searched
        }()
        lock.withLock { entry.value = value }
        entry.ready.signal()
    }

    private func file(for scenario: Scenario) -> String? {
        guard let directory else { return nil }
        let safeVersion = engineVersion.filter { $0.isLetter || $0.isNumber || $0 == "." }
        return (directory as NSString).appendingPathComponent("best-\(scenario.sha256)-\(safeVersion).json")
    }

    private func load(_ scenario: Scenario) -> BestScores? {
        guard let path = file(for: scenario), let data = FileManager.default.contents(atPath: path) else { return nil }
        return try? JSONDecoder().decode(BestScores.self, from: data)
    }

    /// Best effort: a cache that cannot be written only costs the next process a search.
    private func save(_ best: BestScores, for scenario: Scenario) {
        guard let path = file(for: scenario), let directory,
              let data = try? JSONEncoder().encode(best) else { return }
        try? FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        let temporary = path + ".\(ProcessInfo.processInfo.processIdentifier).tmp"
        guard FileManager.default.createFile(atPath: temporary, contents: data) else { return }
        if rename(temporary, path) != 0 { try? FileManager.default.removeItem(atPath: temporary); return }
        // Older engines' results for this scenario are never read again.
        let prefix = "best-\(scenario.sha256)-", kept = (path as NSString).lastPathComponent
        for name in (try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []
        where name.hasPrefix(prefix) && name != kept && name.hasSuffix(".json") {
            try? FileManager.default.removeItem(atPath: (directory as NSString).appendingPathComponent(name))
        }
    }
}
