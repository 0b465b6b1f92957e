/// A set of integers (all but `Int.min`) in one flat table (linear probing, multiplicative hashing).
/// The arrivals pre-check inserts up to 200,000 codes before every search; `Set<Int>` hashes each
/// one with SipHash, which made that pre-check cost more than the search it guards.
struct OpenAddressedIntSet {
    private var slots: [Int]
    private static let empty = Int.min
    private var shift: Int
    private(set) var count = 0

    init(minimumCapacity: Int = 64) {
        var size = 64
        while size < minimumCapacity * 2 { size *= 2 }
        slots = Array(repeating: Self.empty, count: size)
        shift = 64 - size.trailingZeroBitCount
    }

    /// Adds `value`; true when it was not there yet.
    mutating func insert(_ value: Int) -> Bool {
        if (count + 1) * 2 > slots.count { grow() }
        let inserted = slots.withUnsafeMutableBufferPointer { Self.place(value, in: $0, shift: shift) }
        if inserted { count += 1 }
        return inserted
    }

    private static func place(_ value: Int, in slots: UnsafeMutableBufferPointer<Int>, shift: Int) -> Bool {
        let empty = Self.empty
        let mask = slots.count - 1
        // Fibonacci hashing: the top bits of the product, as many as the table needs.
        var index = Int(truncatingIfNeeded: (UInt64(truncatingIfNeeded: value) &* 0x9E37_79B9_7F4A_7C15) >> UInt64(shift))
        while true {
            let slot = slots[index]
            if slot == value { return false }
            if slot == empty {
                slots[index] = value
                return true
            }
            index = (index + 1) & mask
        }
    }

    private mutating func grow() {
        let old = slots
        slots = Array(repeating: Self.empty, count: old.count * 2)
        shift -= 1
        let shift = shift
        slots.withUnsafeMutableBufferPointer { table in
            for value in old where value != Self.empty { _ = Self.place(value, in: table, shift: shift) }
        }
    }
}
