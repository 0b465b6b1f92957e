import Foundation
import SparKit

/// The CLI's best-reachable scores: searched once per scenario content and build of spar, kept
/// under `$XDG_CACHE_HOME/spar/` for later runs.
enum BestScoresStore {
    static let shared = BestScoresCache(directory: Paths.cache, engineVersion: build)

    /// The version and the binary's size and modification time: a rebuilt engine may score
    /// differently, so its results are never read from another build's cache.
    private static var build: String {
        let attributes = try? FileManager.default.attributesOfItem(atPath: Paths.executablePath)
        let size = (attributes?[.size] as? NSNumber)?.intValue ?? 0
        let modified = Int((attributes?[.modificationDate] as? Date)?.timeIntervalSince1970 ?? 0)
        return "\(SparVersion.current).\(size).\(modified)"
    }
}
