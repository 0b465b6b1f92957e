/// A problem found in a scenario (or transcript), as a value: only the CLI prints it.
public struct Diagnostic: Sendable, Hashable, Codable, CustomStringConvertible {
    public enum Severity: String, Sendable, Hashable, Codable { case error, warning, note }

    public var severity: Severity
    public var code: DiagnosticCode
    public var message: String
    public var location: SourceLocation
    /// How many columns the caret underline covers (at least 1).
    public var length: Int
    public var notes: [String]

    public init(
        _ severity: Severity, _ code: DiagnosticCode, _ message: String,
        at location: SourceLocation, length: Int = 1, notes: [String] = []
    ) {
        self.severity = severity
        self.code = code
        self.message = message
        self.location = location
        self.length = max(1, length)
        self.notes = notes
    }

    public static func error(
        _ code: DiagnosticCode, _ message: String, at location: SourceLocation,
        length: Int = 1, notes: [String] = []
    ) -> Diagnostic {
        Diagnostic(.error, code, message, at: location, length: length, notes: notes)
    }

    public static func warning(
        _ code: DiagnosticCode, _ message: String, at location: SourceLocation,
        length: Int = 1, notes: [String] = []
    ) -> Diagnostic {
        Diagnostic(.warning, code, message, at: location, length: length, notes: notes)
    }

    /// `path:line:col: error[SP0006]: message` — the first line of the compiler-style form.
    public var description: String {
        "\(location): \(severity.rawValue)[\(code.rawValue)]: \(message)"
    }
}

extension Diagnostic: Error {}
