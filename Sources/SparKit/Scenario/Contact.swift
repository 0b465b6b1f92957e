import SalesMethod

/// A person in the account. Role, attitude and style are what the trainee must read from play (`/map`).
public struct Contact: Sendable, Hashable {
    public var id: String
    public var name: String
    public var title: String?
    public var kp: KPRank?
    public var role: BuyerRole
    public var attitude: Attitude
    public var style: CommunicationStyle
    public var location: SourceLocation

    public init(id: String, name: String, title: String? = nil, kp: KPRank? = nil, role: BuyerRole,
                attitude: Attitude, style: CommunicationStyle, location: SourceLocation) {
        self.id = id
        self.name = name
        self.title = title
        self.kp = kp
        self.role = role
        self.attitude = attitude
        self.style = style
        self.location = location
    }

    /// "王总（副总经理）" / "Mr Wang (VP)".
    public func displayName(_ language: Language) -> String {
        guard let title, !title.isEmpty else { return name }
        return language == .zh ? "\(name)（\(title)）" : "\(name) (\(title))"
    }
}
