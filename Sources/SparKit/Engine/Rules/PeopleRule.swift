import SalesMethod

/// What a trainee says about one contact with `/map`: any of role, attitude and style.
public struct ContactMapping: Sendable, Hashable, Codable {
    public var role: BuyerRole?
    public var attitude: Attitude?
    public var style: CommunicationStyle?
    public init(role: BuyerRole? = nil, attitude: Attitude? = nil, style: CommunicationStyle? = nil) {
        self.role = role
        self.attitude = attitude
        self.style = style
    }
    public var isEmpty: Bool { role == nil && attitude == nil && style == nil }
}

/// Reading the people: each field is scored the first time it is given. A role is right when it is
/// any of the contact's roles; an attitude is judged against the one the contact holds at that moment.
public enum PeopleRule {
    /// `attitude`: the contact's attitude now (attitudes shift in play); the starting one when nil.
    public static func score(_ mapping: ContactMapping, of contact: Contact, attitude: Attitude? = nil,
                             alreadyScored: ContactMapping, language: Language) -> [Award] {
        var awards: [Award] = []
        func judge<T: MethodIdentifier>(_ given: T?, _ truths: [T], _ field: String, scored: T?) {
            guard let given, scored == nil else { return }
            // A right call names the truth, a wrong one only what it is not: the answer stays to be found.
            let right = truths.contains(given)
            awards.append(Award(.people, right ? 1 : -1, rule: right ? "people.right" : "people.wrong",
                                args: ["contact": contact.name, "field": field, "value": given.rawValue], language: language))
        }
        judge(mapping.role, contact.roles, "role", scored: alreadyScored.role)
        judge(mapping.attitude, [attitude ?? contact.attitude], "attitude", scored: alreadyScored.attitude)
        judge(mapping.style, [contact.style], "style", scored: alreadyScored.style)
        return awards
    }
}
