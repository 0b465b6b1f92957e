import Foundation
import SparKit

/// A statement ready to post: its id and its compact JSON (keys sorted, so the same statement is
/// always the same text, as an outbox stores it).
public struct EncodedStatement: Sendable, Hashable {
    public var id: String
    public var json: Data

    public init(id: String, json: Data) {
        self.id = id
        self.json = json
    }

    public init(_ statement: XAPIStatement) {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        // XAPIStatement holds strings, numbers and booleans only: encoding cannot fail.
        self.init(id: statement.id, json: (try? encoder.encode(statement)) ?? Data("{}".utf8))
    }

    /// A POST body: the statements as one JSON array.
    static func array(_ statements: [EncodedStatement]) -> Data {
        var body = Data("[".utf8)
        for (index, statement) in statements.enumerated() {
            if index > 0 { body.append(UInt8(ascii: ",")) }
            body.append(statement.json)
        }
        body.append(UInt8(ascii: "]"))
        return body
    }
}
