/// Escapes text for HTML and SVG, in element content and in quoted attributes alike:
/// every name, reason and answer in a report is typed by someone. Scalar by scalar
/// (`ScalarEscape`), so a quote followed by a combining mark is escaped too.
public enum HTMLEscape {
    public static func text(_ s: String) -> String {
        ScalarEscape.map(s) { scalar in
            switch scalar {
            case "&": "&amp;"
            case "<": "&lt;"
            case ">": "&gt;"
            case "\"": "&quot;"
            case "'": "&#39;"
            default: nil
            }
        }
    }
}
