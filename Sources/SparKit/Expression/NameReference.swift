/// A name as written in an expression, with where it starts, so a loader can point at it.
public struct NameReference: Sendable, Hashable {
    public let name: String
    /// 0-based offset in Characters from the start of the source.
    public let offset: Int

    public init(name: String, offset: Int) {
        self.name = name
        self.offset = offset
    }

    /// How many characters the name covers in the source.
    public var length: Int { name.count }
}
