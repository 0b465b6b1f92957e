import Foundation

/// The secrets of the seats this trainee holds, one file per server and class under
/// `$XDG_STATE_HOME/spar/seats/`, readable by the owner only: `spar join CODE` again, after a
/// closed lid or a new terminal, gets the same seat back, and nobody gets it by typing a name.
enum SeatSecrets {
    static var folder: String {
        (Paths.xdg("XDG_STATE_HOME", default: ".local/state") as NSString).appendingPathComponent("spar/seats")
    }

    static func path(server: ServerAddress, code: String) -> String {
        (folder as NSString).appendingPathComponent("\(server.key)-\(code)")
    }

    static func load(server: ServerAddress, code: String) -> String? {
        guard let data = FileManager.default.contents(atPath: path(server: server, code: code)) else { return nil }
        let secret = String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        return secret.isEmpty ? nil : secret
    }

    /// Best effort: without it the trainee still plays, but a new `spar join` gets a new seat.
    @discardableResult
    static func save(_ secret: String, server: ServerAddress, code: String) -> Bool {
        let file = path(server: server, code: code)
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true,
                                                    attributes: [.posixPermissions: 0o700])
            let temporary = file + ".\(ProcessInfo.processInfo.processIdentifier).tmp"
            guard FileManager.default.createFile(atPath: temporary, contents: Data((secret + "\n").utf8),
                                                 attributes: [.posixPermissions: 0o600]) else { return false }
            guard rename(temporary, file) == 0 else {
                try? FileManager.default.removeItem(atPath: temporary)
                return false
            }
            return true
        } catch {
            return false
        }
    }
}
