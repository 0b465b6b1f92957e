import Foundation

/// One JSON object per line, keys sorted so the same session always writes the same bytes.
public enum TranscriptCoding {
    public static func line<T: Encodable>(_ value: T) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        guard let data = try? encoder.encode(value), let text = String(data: data, encoding: .utf8) else { return "{}" }
        return text
    }

    public static func decode<T: Decodable>(_ type: T.Type, from line: Substring) -> T? {
        try? JSONDecoder().decode(type, from: Data(line.utf8))
    }
}
