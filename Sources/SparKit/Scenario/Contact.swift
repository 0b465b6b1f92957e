import SalesMethod

/// A person in the account. Roles, attitude and style are what the trainee must read from play (`/map`).
public struct Contact: Sendable, Hashable {
    public var id: String
    public var name: String
    public var title: String?
    public var kp: KPRank?
    /// Every role the person plays in the project, the main one first: the method's org chart
    /// gives people several (a department director E+U, a VP D). A map naming any of them is right.
    public var roles: [BuyerRole]
    /// The attitude at the start of play; a node or choice can shift it (`shifts:`).
    public var attitude: Attitude
    public var style: CommunicationStyle
    public var location: SourceLocation
    /// The node where this person comes into the meeting (`joins: NODE`); nil for someone there
    /// from the start. The briefing lists them apart, and play says when they come in.
    public var joins: String?
    /// Where the `joins` value stands, when loaded from a file.
    public var joinsLocation: SourceLocation?

    /// The main role: the first listed.
    public var role: BuyerRole { roles[0] }

    public init(id: String, name: String, title: String? = nil, kp: KPRank? = nil, role: BuyerRole,
                attitude: Attitude, style: CommunicationStyle, location: SourceLocation) {
        self.init(id: id, name: name, title: title, kp: kp, roles: [role], attitude: attitude, style: style,
                  location: location)
    }

    /// `roles` must not be empty; the first is the main role.
    public init(id: String, name: String, title: String? = nil, kp: KPRank? = nil, roles: [BuyerRole],
                attitude: Attitude, style: CommunicationStyle, location: SourceLocation) {
        precondition(!roles.isEmpty, "a contact plays at least one role")
        self.id = id
        self.name = name
        self.title = title
        self.kp = kp
        self.roles = roles
        self.attitude = attitude
        self.style = style
        self.location = location
    }

    /// "王总（副总经理）" / "Mr Wang (VP)".
    public func displayName(_ language: Language) -> String {
        guard let title, !title.isEmpty else { return name }
        // A title that has brackets of its own ("审计部经理（刘建平）") is set off, not nested in more.
        if title.contains(where: { "（(".contains($0) }) { return "\(name) · \(title)" }
        return language == .zh ? "\(name)（\(title)）" : "\(name) (\(title))"
    }
}

/// `shifts: {zhao: neutral}` on a node or a choice: the contact's attitude from then on. Attitudes
/// move with the seller's work — a supporter developed into a sponsor, a non-supporter neutralised.
public struct AttitudeShift: Sendable, Hashable {
    public var contact: String
    public var attitude: Attitude
    /// Where the contact's id stands, when loaded from a file.
    public var location: SourceLocation?

    public init(contact: String, attitude: Attitude, location: SourceLocation? = nil) {
        self.contact = contact
        self.attitude = attitude
        self.location = location
    }
}
