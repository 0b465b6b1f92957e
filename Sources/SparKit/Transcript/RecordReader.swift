/// Reads one transcript body line straight into a `TranscriptRecord`: a small JSON reader for the
/// shape spar writes, several times faster than the generic decoder on the lines a report reads by
/// the hundred thousand. It gives up (nil) on anything unusual — an escaped key, a repeated key,
/// a fraction, a wrong type — and the caller then decodes the line as before, so what is accepted
/// and what is reported as malformed stay exactly the same.
enum RecordReader {
    static func record(_ bytes: UnsafeBufferPointer<UInt8>) -> TranscriptRecord? {
        var reader = Reader(bytes: bytes)
        guard let record = reader.record() else { return nil }
        reader.skipSpace()
        return reader.position == bytes.count ? record : nil
    }

    private struct Reader {
        let bytes: UnsafeBufferPointer<UInt8>
        var position = 0

        init(bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }

        mutating func skipSpace() {
            while position < bytes.count {
                switch bytes[position] {
                case 0x20, 0x09, 0x0A, 0x0D: position += 1
                default: return
                }
            }
        }

        mutating func take(_ byte: UInt8) -> Bool {
            skipSpace()
            guard position < bytes.count, bytes[position] == byte else { return false }
            position += 1
            return true
        }

        /// Runs `field` for each key of an object (the key's raw bytes, unescaped keys only); false
        /// when the object is malformed or `field` gives up.
        mutating func object(_ field: (inout Reader, UnsafeBufferPointer<UInt8>) -> Bool) -> Bool {
            guard take(0x7B) else { return false }
            if take(0x7D) { return true }
            repeat {
                skipSpace()
                guard position < bytes.count, bytes[position] == 0x22 else { return false }
                let start = position + 1
                var end = start
                while end < bytes.count && bytes[end] != 0x22 {
                    if bytes[end] == 0x5C || bytes[end] < 0x20 { return false }
                    end += 1
                }
                guard end < bytes.count else { return false }
                position = end + 1
                guard take(0x3A) else { return false }
                skipSpace()
                guard field(&self, UnsafeBufferPointer(rebasing: bytes[start..<end])) else { return false }
            } while take(0x2C)
            return take(0x7D)
        }

        /// A JSON `null`, consumed.
        mutating func null() -> Bool {
            guard position + 4 <= bytes.count, bytes[position] == 0x6E, bytes[position + 1] == 0x75,
                  bytes[position + 2] == 0x6C, bytes[position + 3] == 0x6C else { return false }
            position += 4
            return true
        }

        mutating func string() -> String? {
            guard position < bytes.count, bytes[position] == 0x22 else { return nil }
            position += 1
            let start = position
            while position < bytes.count {
                let byte = bytes[position]
                if byte == 0x22 {
                    let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<position]), as: UTF8.self)
                    position += 1
                    return text
                }
                if byte == 0x5C { return escapedString(from: start) }
                if byte < 0x20 { return nil }
                position += 1
            }
            return nil
        }

        /// The rest of a string with escapes in it, from its first byte.
        mutating func escapedString(from start: Int) -> String? {
            var scalars = String.UnicodeScalarView()
            position = start
            var run = start
            func flush(_ end: Int) {
                scalars.append(contentsOf: String(decoding: UnsafeBufferPointer(rebasing: bytes[run..<end]), as: UTF8.self).unicodeScalars)
            }
            while position < bytes.count {
                let byte = bytes[position]
                if byte == 0x22 {
                    flush(position)
                    position += 1
                    return String(scalars)
                }
                if byte < 0x20 { return nil }
                guard byte == 0x5C else { position += 1; continue }
                flush(position)
                guard position + 1 < bytes.count else { return nil }
                let escape = bytes[position + 1]
                position += 2
                switch escape {
                case 0x22: scalars.append("\"")
                case 0x5C: scalars.append("\\")
                case 0x2F: scalars.append("/")
                case 0x62: scalars.append("\u{08}")
                case 0x66: scalars.append("\u{0C}")
                case 0x6E: scalars.append("\n")
                case 0x72: scalars.append("\r")
                case 0x74: scalars.append("\t")
                case 0x75:
                    guard let unit = hex4() else { return nil }
                    if (0xD800...0xDBFF).contains(unit) {
                        guard position + 1 < bytes.count, bytes[position] == 0x5C, bytes[position + 1] == 0x75 else { return nil }
                        position += 2
                        guard let low = hex4(), (0xDC00...0xDFFF).contains(low),
                              let scalar = Unicode.Scalar(0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00)) else { return nil }
                        scalars.append(scalar)
                    } else {
                        guard let scalar = Unicode.Scalar(unit) else { return nil }
                        scalars.append(scalar)
                    }
                default:
                    return nil
                }
                run = position
            }
            return nil
        }

        mutating func hex4() -> UInt32? {
            guard position + 4 <= bytes.count else { return nil }
            var value: UInt32 = 0
            for _ in 0..<4 {
                let byte = bytes[position]
                let digit: UInt8
                switch byte {
                case 0x30...0x39: digit = byte - 0x30
                case 0x41...0x46: digit = byte - 0x41 + 10
                case 0x61...0x66: digit = byte - 0x61 + 10
                default: return nil
                }
                value = value * 16 + UInt32(digit)
                position += 1
            }
            return value
        }

        /// A plain JSON integer (no fraction or exponent: those are left to the decoder).
        mutating func int() -> Int? {
            var negative = false
            if position < bytes.count && bytes[position] == 0x2D { negative = true; position += 1 }
            let start = position
            var value = 0
            while position < bytes.count, bytes[position] >= 0x30, bytes[position] <= 0x39 {
                let (times, overflow1) = value.multipliedReportingOverflow(by: 10)
                let (sum, overflow2) = times.addingReportingOverflow(Int(bytes[position] - 0x30))
                guard !overflow1, !overflow2 else { return nil }
                value = sum
                position += 1
            }
            let digits = position - start
            guard digits > 0, digits == 1 || bytes[start] != 0x30 else { return nil }
            if position < bytes.count, [0x2E, 0x65, 0x45].contains(bytes[position]) { return nil }
            return negative ? -value : value
        }

        mutating func array<T>(_ element: (inout Reader) -> T?) -> [T]? {
            guard take(0x5B) else { return nil }
            var items: [T] = []
            if take(0x5D) { return items }
            repeat {
                skipSpace()
                guard let item = element(&self) else { return nil }
                items.append(item)
            } while take(0x2C)
            return take(0x5D) ? items : nil
        }

        /// An optional field: nil for `null`, the value otherwise; `ok` false when neither reads.
        mutating func optional<T>(_ read: (inout Reader) -> T?) -> (value: T?, ok: Bool) {
            if null() { return (nil, true) }
            guard let value = read(&self) else { return (nil, false) }
            return (value, true)
        }

        mutating func event() -> ScoreEvent? {
            var dimension: ScoreDimension?, points: Int?, rule: String?, reason: String?, turn: Int?
            var args: [String: String]?
            var seen = Set<String>()
            let read = object { reader, key in
                let name = String(decoding: key, as: UTF8.self)
                guard seen.insert(name).inserted else { return false }
                switch name {
                case "dimension": dimension = reader.string().flatMap(ScoreDimension.init(rawValue:)); return dimension != nil
                case "points": points = reader.int(); return points != nil
                case "rule": rule = reader.string(); return rule != nil
                case "reason": reason = reader.string(); return reason != nil
                case "turn": turn = reader.int(); return turn != nil
                case "args": args = reader.stringMap(); return args != nil
                default: return reader.skipValue()
                }
            }
            guard read, let dimension, let points, let rule, let reason, let turn else { return nil }
            return ScoreEvent(dimension: dimension, points: points, rule: rule, reason: reason, turn: turn, args: args)
        }

        /// An object of strings (a score event's `args`).
        mutating func stringMap() -> [String: String]? {
            var map: [String: String] = [:]
            let read = object { reader, key in
                let name = String(decoding: key, as: UTF8.self)
                guard map[name] == nil, let value = reader.string() else { return false }
                map[name] = value
                return true
            }
            return read ? map : nil
        }

        mutating func record() -> TranscriptRecord? {
            // Filled in when the line names a body record's type; any other line is left to the decoder.
            var record = TranscriptRecord(type: .note)
            var hasType = false
            var seen = Set<String>()
            let read = object { reader, key in
                let name = String(decoding: key, as: UTF8.self)
                guard seen.insert(name).inserted else { return false }
                func text(_ assign: (String?) -> Void) -> Bool {
                    let (value, ok) = reader.optional { $0.string() }
                    assign(value)
                    return ok
                }
                func number(_ assign: (Int?) -> Void) -> Bool {
                    let (value, ok) = reader.optional { $0.int() }
                    assign(value)
                    return ok
                }
                switch name {
                case "type":
                    guard let type = reader.string().flatMap(RecordKind.init(rawValue:)) else { return false }
                    record.type = type
                    hasType = true
                    return true
                case "n": return number { record.turn = $0 }
                case "node": return text { record.node = $0 }
                case "input": return text { record.input = $0 }
                case "matched": return number { record.matched = $0 }
                case "say": return text { record.say = $0 }
                case "via":
                    let (value, ok) = reader.optional { $0.string().flatMap(AnswerVia.init(rawValue:)) }
                    record.via = value
                    return ok
                case "elapsed": return number { record.elapsed = $0 }
                case "given": return text { record.given = $0 }
                case "expected": return text { record.expected = $0 }
                case "contact": return text { record.contact = $0 }
                case "candidates":
                    let (value, ok) = reader.optional { $0.array { $0.int() } }
                    record.candidates = value
                    return ok
                case "reasons":
                    let (value, ok) = reader.optional { $0.array { $0.string() } }
                    record.reasons = value
                    return ok
                case "events":
                    let (value, ok) = reader.optional { $0.array { $0.event() } }
                    record.events = value
                    return ok
                case "outcome":
                    let (value, ok) = reader.optional { $0.string().flatMap(Outcome.init(rawValue:)) }
                    record.outcome = value
                    return ok
                default:
                    return reader.skipValue()
                }
            }
            return read && hasType ? record : nil
        }

        /// Steps over any value of a key spar does not read.
        mutating func skipValue() -> Bool {
            skipSpace()
            guard position < bytes.count else { return false }
            switch bytes[position] {
            case 0x22: return string() != nil
            case 0x7B: return object { reader, _ in reader.skipValue() }
            case 0x5B: return array { $0.skipValue() ? true : nil } != nil
            case 0x74: return literal("true")
            case 0x66: return literal("false")
            case 0x6E: return null()
            default: return int() != nil
            }
        }

        mutating func literal(_ word: String) -> Bool {
            let utf8 = Array(word.utf8)
            guard position + utf8.count <= bytes.count else { return false }
            for offset in 0..<utf8.count where bytes[position + offset] != utf8[offset] { return false }
            position += utf8.count
            return true
        }
    }
}
