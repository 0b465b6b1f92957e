/// A name shown to the trainee, in every supported language.
public struct LocalizedName: Sendable, Hashable, Codable {
    public let zh: String
    public let en: String

    public init(zh: String, en: String) {
        self.zh = zh
        self.en = en
    }

    public func text(_ language: Language) -> String {
        switch language {
        case .zh: zh
        case .en: en
        }
    }

    /// Both names, for lookups that accept either language.
    public var all: [String] { [zh, en] }
}
