/// Integer arithmetic that clamps instead of trapping, so no scenario formula
/// can crash the game. Clamping (rather than wrapping) keeps a runaway counter
/// at its extreme instead of flipping its sign.
enum SaturatingArithmetic {
    static func add(_ left: Int, _ right: Int) -> Int {
        let (sum, overflow) = left.addingReportingOverflow(right)
        return overflow ? (right > 0 ? .max : .min) : sum
    }

    static func subtract(_ left: Int, _ right: Int) -> Int {
        let (difference, overflow) = left.subtractingReportingOverflow(right)
        return overflow ? (right < 0 ? .max : .min) : difference
    }

    static func multiply(_ left: Int, _ right: Int) -> Int {
        let (product, overflow) = left.multipliedReportingOverflow(by: right)
        return overflow ? ((left < 0) == (right < 0) ? .max : .min) : product
    }

    /// Division by zero yields 0; `Int.min / -1` clamps to `Int.max`.
    static func divide(_ left: Int, _ right: Int) -> Int {
        guard right != 0 else { return 0 }
        let (quotient, overflow) = left.dividedReportingOverflow(by: right)
        return overflow ? .max : quotient
    }

    /// Remainder takes the sign of the left operand; by zero it yields 0.
    static func remainder(_ left: Int, _ right: Int) -> Int {
        guard right != 0 else { return 0 }
        let (remainder, overflow) = left.remainderReportingOverflow(dividingBy: right)
        return overflow ? 0 : remainder
    }

    static func negate(_ value: Int) -> Int {
        value == .min ? .max : -value
    }
}
