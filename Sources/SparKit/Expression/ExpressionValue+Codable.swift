/// Encoded as a single-key object (`{"int": 3}`, `{"symbol": "yes"}`) so that
/// strings and symbols survive a round trip through a save file.
extension ExpressionValue: Codable {
    private enum CodingKeys: String, CodingKey {
        case int, bool, string, symbol
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        guard container.allKeys.count == 1, let key = container.allKeys.first else {
            throw DecodingError.dataCorrupted(.init(
                codingPath: container.codingPath,
                debugDescription: "expected exactly one of int, bool, string or symbol"))
        }
        switch key {
        case .int: self = .int(try container.decode(Int.self, forKey: key))
        case .bool: self = .bool(try container.decode(Bool.self, forKey: key))
        case .string: self = .string(try container.decode(String.self, forKey: key))
        case .symbol: self = .symbol(try container.decode(String.self, forKey: key))
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        switch self {
        case .int(let number): try container.encode(number, forKey: .int)
        case .bool(let flag): try container.encode(flag, forKey: .bool)
        case .string(let text): try container.encode(text, forKey: .string)
        case .symbol(let word): try container.encode(word, forKey: .symbol)
        }
    }
}
