/// A read-only hash table from integer keys to values, built once: open addressing with a
/// multiplicative hash. Swift's `Dictionary` seeds SipHash for every probe, which is most of an
/// answer's cost when a matcher probes a hundred features; this probes in a few instructions.
struct IntegerTable<Value: Sendable>: Sendable {
    private var keys: [UInt64]
    private var slots: [Int32]
    private(set) var values: [Value]
    private var shift: UInt64

    private static var empty: Int32 { -1 }

    init(_ pairs: [(key: UInt64, value: Value)]) {
        var capacity = 8
        while capacity < pairs.count * 2 { capacity *= 2 }
        shift = UInt64(64 - capacity.trailingZeroBitCount)
        keys = [UInt64](repeating: 0, count: capacity)
        slots = [Int32](repeating: Self.empty, count: capacity)
        values = []
        values.reserveCapacity(pairs.count)
        for (key, value) in pairs {
            var slot = position(key)
            while slots[slot] != Self.empty {
                if keys[slot] == key { break }
                slot = (slot + 1) & (capacity - 1)
            }
            if slots[slot] != Self.empty {
                values[Int(slots[slot])] = value
            } else {
                keys[slot] = key
                slots[slot] = Int32(values.count)
                values.append(value)
            }
        }
    }

    @inline(__always)
    private func position(_ key: UInt64) -> Int {
        Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> shift)
    }

    @inline(__always)
    func index(of key: UInt64) -> Int? {
        let mask = slots.count - 1
        var slot = position(key)
        while true {
            let found = slots[slot]
            if found == Self.empty { return nil }
            if keys[slot] == key { return Int(found) }
            slot = (slot + 1) & mask
        }
    }

    @inline(__always)
    subscript(key: UInt64) -> Value? {
        index(of: key).map { values[$0] }
    }

    func contains(_ key: UInt64) -> Bool { index(of: key) != nil }
}
