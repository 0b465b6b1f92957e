/// The characters a scenario's own ids (the scenario, its nodes and contacts) may use: letters of
/// any script, digits, combining marks after the first character, `_`, `-` and `.`. Nothing
/// invisible or steering — no control, bidirectional, zero-width or space characters — so two ids
/// that look alike are alike, and an id printed anywhere prints as it reads.
public enum IdentifierCharacters {
    public static let description = "letters, digits, '_', '-' and '.'"

    /// The first character outside the set, or nil when `id` is a valid id.
    public static func firstInvalid(in id: String) -> Unicode.Scalar? {
        for (offset, scalar) in id.unicodeScalars.enumerated() where !isAllowed(scalar, first: offset == 0) {
            return scalar
        }
        return nil
    }

    static func isAllowed(_ scalar: Unicode.Scalar, first: Bool) -> Bool {
        switch scalar {
        case "_", "-", ".": return true
        default: break
        }
        switch scalar.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter, .decimalNumber:
            return true
        case .nonspacingMark, .spacingMark:
            return !first
        default:
            return false
        }
    }

    /// "'value<U+200B>' contains U+200B; ids use letters, …", or nil when `id` is valid.
    public static func problem(_ id: String, kind: String) -> String? {
        guard let scalar = firstInvalid(in: id) else { return nil }
        let hex = String(scalar.value, radix: 16, uppercase: true)
        let code = "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
        return "\(kind) '\(VisibleText.quoted(id, limit: 60))' contains \(code); ids use \(description)"
    }
}
