/// The one walk behind every escaping spar does (terminal, HTML, DOT, Mermaid, YAML): over Unicode
/// scalars, not characters. A character is a cluster — `"` followed by a combining accent is one
/// character that is not `"`, yet its first byte still closes an HTML attribute — so a walk over
/// characters lets markup through; a walk over scalars sees every quote and bracket there is.
public enum ScalarEscape {
    /// `text` with each scalar for which `replacement` gives a string replaced by that string;
    /// `text` itself, uncopied, when none is.
    public static func map(_ text: String, _ replacement: (Unicode.Scalar) -> String?) -> String {
        let scalars = text.unicodeScalars
        guard let first = scalars.firstIndex(where: { replacement($0) != nil }) else { return text }
        var result = String.UnicodeScalarView()
        result.append(contentsOf: scalars[..<first])
        for scalar in scalars[first...] {
            if let replaced = replacement(scalar) {
                result.append(contentsOf: replaced.unicodeScalars)
            } else {
                result.append(scalar)
            }
        }
        return String(result)
    }
}
