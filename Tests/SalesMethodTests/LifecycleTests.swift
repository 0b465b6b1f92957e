import Testing
import SalesMethod

@Test func stagesHaveTheTasksOfTheMethodologyTable() {
    #expect(LifecycleStage.stranger.tasks == [.accountPlanning, .phoneInvitation])
    #expect(LifecycleStage.establishment.tasks == [.visit, .initialResearch, .initialProposal])
    #expect(LifecycleStage.investigation.tasks == [.solutionDemo, .technicalExchange])
    #expect(LifecycleStage.growth.tasks == [.needsAnalysis, .projectEvaluation])
    #expect(LifecycleStage.maturity.tasks == [.negotiation, .signing, .followUp, .upsell, .referral])
}

@Test func everyTaskBelongsToTheStageThatListsIt() {
    for task in LifecycleTask.allCases {
        #expect(task.stage.tasks.contains(task))
    }
}

@Test func stagesAreOrderedAndAdvanceOneAtATime() {
    #expect(LifecycleStage.allCases.map(\.order) == [0, 1, 2, 3, 4])
    #expect(LifecycleStage.stranger < .establishment)
    #expect(LifecycleStage.maturity > .growth)
    #expect(LifecycleStage.allCases.sorted(by: >).first == .maturity)
    #expect(LifecycleStage.stranger.next == .establishment)
    #expect(LifecycleStage.maturity.next == nil)
    #expect(LifecycleStage.establishment.canAdvance(to: .investigation))
    #expect(LifecycleStage.establishment.canAdvance(to: .establishment))
    #expect(!LifecycleStage.stranger.canAdvance(to: .investigation))
    #expect(!LifecycleStage.growth.canAdvance(to: .investigation))
}

@Test func lifecycleNamesAndAliasesParse() {
    #expect(LifecycleStage.parse("陌生期") == .stranger)
    #expect(LifecycleStage.parse("成熟") == .maturity)
    #expect(LifecycleTask.parse("应标") == .projectEvaluation)
    #expect(LifecycleTask.parse("需求分析") == .needsAnalysis)
    #expect(LifecycleTask.parse("口碑传播") == .referral)
}
