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

/// Reading the people (seeds 002, 003): each field is scored the first time it is given.
public enum PeopleRule {
    public static func score(_ mapping: ContactMapping, of contact: Contact, alreadyScored: ContactMapping,
                             language: Language) -> [Award] {
        var awards: [Award] = []
        func judge<T: MethodIdentifier>(_ given: T?, _ truth: T, _ field: String, _ fieldEN: String, scored: T?) {
            guard let given, scored == nil else { return }
            if given == truth {
                awards.append(Award(.people, 1, rule: "people.right",
                                    reason: text(language, "\(contact.name)的\(field)判断正确：\(truth.name.zh)",
                                                 "\(contact.name)'s \(fieldEN): right (\(truth.name.en))")))
            } else {
                awards.append(Award(.people, -1, rule: "people.wrong",
                                    reason: text(language, "\(contact.name)的\(field)判断错误：不是\(given.name.zh)",
                                                 "\(contact.name)'s \(fieldEN): not \(given.name.en)")))
            }
        }
        judge(mapping.role, contact.role, "角色", "role", scored: alreadyScored.role)
        judge(mapping.attitude, contact.attitude, "态度", "attitude", scored: alreadyScored.attitude)
        judge(mapping.style, contact.style, "沟通类型", "style", scored: alreadyScored.style)
        return awards
    }
}
