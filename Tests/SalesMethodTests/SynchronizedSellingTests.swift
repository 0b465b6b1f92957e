import Testing
import SalesMethod

@Test func syncPointsPairPhasesStepsAndValuesAsInTheTable() {
    let table: [(SyncPoint, BuyingPhase, SalesStep, SalesValue?)] = [
        (.f, .need, .assessment, .assumption),
        (.e, .feasibility, .understanding, .assumption),
        (.d, .projectStart, .solution, .proposition),
        (.c, .evaluation, .proof, .proof),
        (.b, .decision, .justification, nil),
        (.a, .approval, .agreement, nil),
    ]
    #expect(table.map(\.0) == SyncPoint.allCases)
    for (point, phase, step, value) in table {
        #expect(point.phase == phase)
        #expect(point.step == step)
        #expect(point.value == value)
        #expect(phase.syncPoint == point)
        #expect(phase.step == step)
        #expect(step.phase == phase)
    }
}

@Test func implementationPairsWithCustomerManagementWithoutSyncPoint() {
    #expect(BuyingPhase.implementation.step == .customerManagement)
    #expect(SalesStep.customerManagement.phase == .implementation)
    #expect(BuyingPhase.implementation.syncPoint == nil)
    #expect(BuyingPhase.implementation.value == .delivery)
    #expect(BuyingPhase.decision.value == nil)
    #expect(BuyingPhase.projectStart.value == .proposition)
}

@Test func phasesAndStepsAreOrdered() {
    #expect(BuyingPhase.allCases.map(\.order) == Array(0...6))
    #expect(SalesStep.allCases.map(\.order) == Array(0...6))
    #expect(BuyingPhase.need < .feasibility)
    #expect(BuyingPhase.approval < .implementation)
    #expect(SalesStep.proof > .solution)
}

@Test func stepAheadOfPhaseIsPushingAndBehindIsLagging() {
    #expect(SalesStep.proof.sync(with: .evaluation) == .inSync)
    #expect(SalesStep.agreement.sync(with: .feasibility) == .pushing)
    #expect(SalesStep.assessment.sync(with: .decision) == .lagging)
}
