@testable import SparKit
import Testing

/// The arrivals pre-check's set must answer as `Set<Int>` does, through its growth.
@Suite struct OpenAddressedIntSetTests {
    @Test func insertsAsASetDoes() {
        var generator = SystemRandomNumberGenerator()
        var reference: Set<Int> = []
        var set = OpenAddressedIntSet()
        for _ in 0..<20_000 {
            let value = Int.random(in: -5_000...5_000, using: &generator) * Int.random(in: 1...1_000_000, using: &generator)
            #expect(set.insert(value) == reference.insert(value).inserted)
        }
        #expect(set.count == reference.count)
    }
}
