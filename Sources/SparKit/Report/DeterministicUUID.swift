/// Name-based UUIDs in the style of version 5, with SHA-256 in place of SHA-1: the same name always
/// gives the same id, so exporting a session twice gives the same xAPI statement ids and a learning
/// record store keeps one copy.
public enum DeterministicUUID {
    public static func make(_ name: String) -> String {
        var bytes = Array(SHA256.digest(Array(name.utf8)).prefix(16))
        bytes[6] = (bytes[6] & 0x0F) | 0x50  // version 5
        bytes[8] = (bytes[8] & 0x3F) | 0x80  // RFC 4122 variant
        let hex = bytes.map { byte in
            let digits = Array("0123456789abcdef")
            return String([digits[Int(byte >> 4)], digits[Int(byte & 0x0F)]])
        }.joined()
        let cuts = [8, 12, 16, 20]
        var result = ""
        for (index, character) in hex.enumerated() {
            if cuts.contains(index) { result += "-" }
            result.append(character)
        }
        return result
    }
}
