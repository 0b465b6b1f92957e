import SparKit

/// The secret a client keeps for its seat, and the hash the store keeps instead of it.
public enum SeatSecret {
    /// 32 random bytes as hex (the system's cryptographic generator).
    public static func random() -> String {
        var generator = SystemRandomNumberGenerator()
        return (0..<32).map { _ in String(format2: UInt8.random(in: 0...255, using: &generator)) }.joined()
    }

    public static func hash(_ secret: String) -> String { SHA256.hex(of: Array(secret.utf8)) }
}

private extension String {
    init(format2 byte: UInt8) {
        let digits = Array("0123456789abcdef")
        self = String([digits[Int(byte >> 4)], digits[Int(byte & 0x0f)]])
    }
}
