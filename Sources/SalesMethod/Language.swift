/// The languages the trainee can work in.
public enum Language: String, Sendable, Codable, CaseIterable {
    case zh, en
}
