import Foundation

/// Where spar keeps a trainee's files, following the XDG base directories.
enum Paths {
    static var environment: [String: String] { ProcessInfo.processInfo.environment }

    static var home: String { environment["HOME"] ?? NSHomeDirectory() }

    static func xdg(_ variable: String, default fallback: String) -> String {
        if let value = environment[variable], value.hasPrefix("/") { return value }
        return (home as NSString).appendingPathComponent(fallback)
    }

    /// `$XDG_DATA_HOME/spar/transcripts`.
    static var transcripts: String {
        (xdg("XDG_DATA_HOME", default: ".local/share") as NSString).appendingPathComponent("spar/transcripts")
    }

    /// `$XDG_STATE_HOME/spar/history`.
    static var history: String {
        (xdg("XDG_STATE_HOME", default: ".local/state") as NSString).appendingPathComponent("spar/history")
    }

    /// `$XDG_CACHE_HOME/spar`: results worth keeping between runs, safe to delete.
    static var cache: String {
        (xdg("XDG_CACHE_HOME", default: ".cache") as NSString).appendingPathComponent("spar")
    }

    /// The running binary.
    static var executablePath: String {
        (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments.first ?? "."
    }

    /// The running binary's folder (resources are copied beside it).
    static var executableDirectory: String { (executablePath as NSString).deletingLastPathComponent }
}
