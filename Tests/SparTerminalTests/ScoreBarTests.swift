import Testing
@testable import SparTerminal

@Suite struct ScoreBarTests {
    @Test func fillsInProportion() {
        #expect(ScoreBar.render(fraction: 0.5, width: 10) == "█████░░░░░")
        #expect(ScoreBar.render(fraction: 0, width: 4) == "░░░░")
        #expect(ScoreBar.render(fraction: 1, width: 4) == "████")
    }

    @Test func clampsOutOfRangeAndNaN() {
        #expect(ScoreBar.render(fraction: 1.7, width: 3) == "███")
        #expect(ScoreBar.render(fraction: -2, width: 3) == "░░░")
        #expect(ScoreBar.render(fraction: .nan, width: 3) == "░░░")
        #expect(ScoreBar.render(fraction: .infinity, width: 3) == "███")
    }

    @Test func widthIsAlwaysExact() {
        for width in 0...30 {
            for step in 0...20 {
                #expect(DisplayWidth.of(ScoreBar.render(fraction: Double(step) / 20, width: width)) == width)
            }
        }
        #expect(ScoreBar.render(fraction: 0.5, width: -1) == "")
    }
}
