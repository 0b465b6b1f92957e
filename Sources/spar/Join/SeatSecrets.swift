import Foundation

import SparKit

/// The secrets of the seats this trainee holds, one file per server, class and trainee name under
/// `$XDG_STATE_HOME/spar/seats/`, readable by the owner only: `spar join CODE` again, after a
/// closed lid or a new terminal, gets the same seat back, and nobody gets it by typing a name.
/// The name is part of the key because two trainees may share one login (a classroom PC): each
/// `--name` keeps a seat of its own.
enum SeatSecrets {
    static var folder: String {
        (Paths.xdg("XDG_STATE_HOME", default: ".local/state") as NSString).appendingPathComponent("spar/seats")
    }

    static func path(server: ServerAddress, code: String, name: String) -> String {
        // A name may hold any character, `/` included: the file is named by its hash.
        let nameKey = SHA256.hex(of: Array(name.utf8)).prefix(16)
        return (folder as NSString).appendingPathComponent("\(server.key)-\(code)-\(nameKey)")
    }

    static func load(server: ServerAddress, code: String, name: String) -> String? {
        guard let data = FileManager.default.contents(atPath: path(server: server, code: code, name: name)) else { return nil }
        let secret = String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        return secret.isEmpty ? nil : secret
    }

    /// Best effort: without it the trainee still plays, but a new `spar join` gets a new seat.
    @discardableResult
    static func save(_ secret: String, server: ServerAddress, code: String, name: String) -> Bool {
        let file = path(server: server, code: code, name: name)
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
