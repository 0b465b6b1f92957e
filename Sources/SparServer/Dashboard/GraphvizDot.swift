import Foundation

/// Graphviz's `dot`, when installed: lays a DOT graph out as SVG.
enum GraphvizDot {
    /// The first `dot` on PATH (or in /usr/bin), nil when Graphviz is not installed.
    static let path: String? = {
        let directories = (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":").map(String.init) + ["/usr/bin", "/usr/local/bin"]
        return directories.lazy.map { ($0 as NSString).appendingPathComponent("dot") }.first { FileManager.default.isExecutableFile(atPath: $0) }
    }()

    /// The SVG `dot -Tsvg` makes of `source`; nil when it fails or takes over `timeout` seconds.
    /// Files rather than pipes: nothing to pump while dot runs, and nothing left waiting if it hangs.
    static func svg(_ source: String, dot: String, timeout: TimeInterval = 20) -> String? {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("spar-dot-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let input = folder.appendingPathComponent("graph.dot"), output = folder.appendingPathComponent("graph.svg")
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            try Data(source.utf8).write(to: input)
        } catch {
            return nil
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: dot)
        process.arguments = ["-Tsvg", "-o", output.path, input.path]
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        do { try process.run() } catch { return nil }
        let deadline = Date().addingTimeInterval(timeout)
        while process.isRunning && Date() < deadline { usleep(10_000) }
        if process.isRunning {
            process.terminate()
            process.waitUntilExit()
            return nil
        }
        guard process.terminationStatus == 0, let data = try? Data(contentsOf: output),
              let text = String(data: data, encoding: .utf8), text.contains("<svg") else { return nil }
        return text
    }
}
