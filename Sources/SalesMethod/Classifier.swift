/// Classifies an account from what the seller knows, as docs/method.md states the rule:
///
/// 1. If any of need / canPay / seesValue is `.no` → **D**. `holds` lists the failing facts as
///    negative reasons (noNeed, cannotPay, noValue, in that order); `fails` is the same list.
///    "Any one" failing fact is enough, whatever the KP rank.
/// 2. Else if kp is first and need and canPay are `.yes` → **A**, holds [kpFirst, need, canPay],
///    fails []. seesValue may still be unknown: the first KP's own need and means suffice.
/// 3. Else if kp is second and need, canPay, seesValue are all `.yes` → **B**,
///    holds [kpSecond, need, canPay, seesValue], fails [notKPFirst]
///    (the second KP must see the value to sell it to the first KP).
/// 4. Else if kp is third and need, canPay, seesValue are all `.yes` → **C**,
///    holds [kpThird, need, canPay, seesValue], fails [notKPFirst].
/// 5. Else → **unknown**: the honest answer while a deciding fact is missing.
///    `pending` lists the unknown facts that would decide it, in this order: kp if not known,
///    need and canPay if unknown, seesValue if unknown and kp is not first (A does not need it).
///    `holds` lists the forward reasons already true; `fails` is empty.
public enum Classifier {
    public static func classify(_ facts: AccountFacts) -> Classification {
        let negatives: [(FactValue, ClassificationReason)] = [
            (facts.need, .noNeed), (facts.canPay, .cannotPay), (facts.seesValue, .noValue),
        ]
        let failing = negatives.filter { $0.0 == .no }.map(\.1)
        if !failing.isEmpty {
            return Classification(customerClass: .d, holds: failing, fails: failing)
        }

        let needAndMeans = facts.need == .yes && facts.canPay == .yes
        let allThree = needAndMeans && facts.seesValue == .yes
        switch facts.kp {
        case .first? where needAndMeans:
            return Classification(customerClass: .a, holds: [.kpFirst, .need, .canPay])
        case .second? where allThree:
            return Classification(
                customerClass: .b, holds: [.kpSecond, .need, .canPay, .seesValue], fails: [.notKPFirst])
        case .third? where allThree:
            return Classification(
                customerClass: .c, holds: [.kpThird, .need, .canPay, .seesValue], fails: [.notKPFirst])
        default:
            break
        }

        var pending: [AccountFact] = []
        if facts.kp == nil { pending.append(.kp) }
        if facts.need == .unknown { pending.append(.need) }
        if facts.canPay == .unknown { pending.append(.canPay) }
        if facts.seesValue == .unknown && facts.kp != .first { pending.append(.seesValue) }

        let forward: [ClassificationReason] = [.kpFirst, .kpSecond, .kpThird, .need, .canPay, .seesValue]
        let holds = forward.filter { $0.truth(in: facts) == .yes }
        return Classification(customerClass: .unknown, holds: holds, pending: pending)
    }
}
