/// The short code a trainee types to join: 6 characters from an alphabet without the look-alikes
/// 0/O and 1/I, so a code read off a projector is typed right.
public enum JoinCode {
    public static let alphabet = Array("ABCDEFGHJKLMNPQRSTUVWXYZ23456789")
    public static let length = 6

    public static func random() -> String {
        var generator = SystemRandomNumberGenerator()
        return String((0..<length).map { _ in alphabet.randomElement(using: &generator)! })
    }

    /// Upper-cased and trimmed, as typed codes are compared; nil when it cannot be a code.
    public static func normalized(_ typed: String) -> String? {
        let code = typed.trimmingCharacters(in: .whitespaces).uppercased()
        guard code.count == length, code.allSatisfy({ alphabet.contains($0) }) else { return nil }
        return code
    }
}

import Foundation
