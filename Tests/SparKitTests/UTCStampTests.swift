import Foundation
@testable import SparKit
import Testing

/// Time stamps written by hand must read as the formatters they replace would write them.
@Suite struct UTCStampTests {
    static let moments: [TimeInterval] = [0, 59, 951_782_400, 1_709_164_800, 1_795_000_000.7, 1_795_362_667, 4_107_542_399, 253_402_300_799]

    @Test(arguments: moments)
    func matchesTheFormatters(seconds: TimeInterval) {
        let date = Date(timeIntervalSince1970: seconds)
        #expect(UTCStamp.iso8601(date) == ISO8601DateFormatter().string(from: date))
        #expect(UTCStamp.fileStamp(date) == UTCStamp.formatted(date))
    }
}
