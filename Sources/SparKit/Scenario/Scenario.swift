import SalesMethod

/// A branching customer script, typed and located: what a trainer wrote in one YAML file.
public struct Scenario: Sendable {
    public var id: String
    public var title: String
    public var language: Language
    public var summary: String?
    public var trainerNotes: TrainerNotes?
    public var meeting: Meeting
    public var account: Account
    /// In file order: the order `/map` and completion offer them.
    public var contacts: [Contact]
    public var start: String
    /// In file order.
    public var nodes: [ScenarioNode]
    /// Initial values of the author's variables (`variables:`).
    public var variables: [String: ExpressionValue]
    public var settings: ScenarioSettings
    /// The author's `synonyms:` (term first, then its variants), extending the shipped lexicon for typed answers.
    public var synonyms: [[String]]
    /// The path the scenario was loaded from, as given (used in diagnostics and transcripts).
    public var file: String
    /// SHA-256 (hex) of the file's bytes: transcripts name the exact version they were played on.
    public var sha256: String
    /// Where each top-level key (`meeting`, `nodes`, …) stands in the file: warnings about the
    /// scenario as a whole point there.
    public var keyLocations: [String: SourceLocation] = [:]

    private var nodeIndex: [String: Int]
    private var contactIndex: [String: Int]

    public init(
        id: String, title: String, language: Language, summary: String? = nil,
        trainerNotes: TrainerNotes? = nil, meeting: Meeting, account: Account,
        contacts: [Contact], start: String, nodes: [ScenarioNode],
        variables: [String: ExpressionValue] = [:], settings: ScenarioSettings = ScenarioSettings(),
        synonyms: [[String]] = [], file: String, sha256: String
    ) {
        self.id = id
        self.title = title
        self.language = language
        self.summary = summary
        self.trainerNotes = trainerNotes
        self.meeting = meeting
        self.account = account
        self.contacts = contacts
        self.start = start
        self.nodes = nodes
        self.variables = variables
        self.settings = settings
        self.synonyms = synonyms
        self.file = file
        self.sha256 = sha256
        var nodeIndex: [String: Int] = [:]
        for (i, node) in nodes.enumerated() where nodeIndex[node.id] == nil { nodeIndex[node.id] = i }
        self.nodeIndex = nodeIndex
        var contactIndex: [String: Int] = [:]
        for (i, contact) in contacts.enumerated() where contactIndex[contact.id] == nil { contactIndex[contact.id] = i }
        self.contactIndex = contactIndex
    }

    public func node(_ id: String) -> ScenarioNode? {
        nodeIndex[id].map { nodes[$0] }
    }

    /// Where the node stands in `nodes` (file order).
    public func position(of id: String) -> Int? { nodeIndex[id] }

    public func contact(_ id: String) -> Contact? {
        contactIndex[id].map { contacts[$0] }
    }

    /// A contact by id, name (王总) or an unambiguous prefix of either — what a trainee types after `/map`.
    public func findContact(_ text: String) -> Contact? {
        let wanted = text.trimmingCharacters(in: .whitespaces).lowercased()
        guard !wanted.isEmpty else { return nil }
        if let exact = contacts.first(where: { $0.id.lowercased() == wanted || $0.name.lowercased() == wanted }) {
            return exact
        }
        let prefixed = contacts.filter { $0.id.lowercased().hasPrefix(wanted) || $0.name.lowercased().hasPrefix(wanted) }
        return prefixed.count == 1 ? prefixed[0] : nil
    }
}
