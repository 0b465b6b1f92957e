import SalesMethod

/// Where and how a session starts when an author tests a branch: `spar play --from NODE --set name=value`.
public struct StartOverrides: Sendable, Hashable, Codable {
    public var node: String?
    /// Raw `name=value` pairs as given, so a transcript can record and replay them.
    public var assignments: [String]

    public init(node: String? = nil, assignments: [String] = []) {
        self.node = node
        self.assignments = assignments
    }

    public var isEmpty: Bool { node == nil && assignments.isEmpty }

    /// The start, for marking such sessions in reports: "from metrics; set need=yes, trust=2"
    /// (no leading "-", which a spreadsheet would take for a formula).
    public var summary: String {
        let parts = (node.map { ["from \($0)"] } ?? []) + (assignments.isEmpty ? [] : ["set " + assignments.joined(separator: ", ")])
        return parts.joined(separator: "; ")
    }

    /// Checks the overrides against a scenario: facts get their allowed values, other names are variables.
    public func resolve(in scenario: Scenario) -> Result<(facts: FactTable, variables: [String: ExpressionValue]), OverrideError> {
        if let node, scenario.node(node) == nil {
            var message = "--from names no node: '\(node)'"
            if let suggestion = Spelling.closest(to: node, among: scenario.nodes.map(\.id)) { message += "; did you mean '\(suggestion)'?" }
            return .failure(OverrideError(message: message))
        }
        var facts = FactTable()
        var variables: [String: ExpressionValue] = [:]
        for assignment in assignments {
            guard let equals = assignment.firstIndex(of: "=") else {
                return .failure(OverrideError(message: "--set takes name=value, found '\(assignment)'"))
            }
            let name = String(assignment[..<equals]).trimmingCharacters(in: .whitespaces)
            let value = String(assignment[assignment.index(after: equals)...]).trimmingCharacters(in: .whitespaces)
            if let fact = AccountFact(rawValue: name) {
                switch fact {
                case .need, .canPay, .seesValue:
                    guard FactValue(rawValue: value) != nil else {
                        return .failure(OverrideError(message: "\(name) must be yes, no or unknown, found '\(value)'"))
                    }
                case .kp:
                    guard KPRank(rawValue: value) != nil || value == "unknown" else {
                        return .failure(OverrideError(message: "kp must be first, second or third, found '\(value)'"))
                    }
                default: break
                }
                facts[fact] = value
            } else if scenario.variables[name] != nil || scenario.nodes.contains(where: { $0.choices.contains { $0.set.contains { $0.name == name } } }) {
                if let int = Int(value) { variables[name] = .int(int) }
                else if value == "true" || value == "false" { variables[name] = .bool(value == "true") }
                else { variables[name] = .string(value) }
            } else {
                let known = AccountFact.identifiers + scenario.variables.keys.sorted()
                var message = "--set: '\(name)' is neither a fact nor a variable of this scenario"
                if let suggestion = Spelling.closest(to: name, among: known) { message += "; did you mean '\(suggestion)'?" }
                return .failure(OverrideError(message: message))
            }
        }
        return .success((facts, variables))
    }
}

public struct OverrideError: Error, Sendable, Hashable, CustomStringConvertible {
    public var message: String
    public var description: String { message }
}
