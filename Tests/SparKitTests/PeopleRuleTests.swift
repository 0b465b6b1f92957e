import SalesMethod
@testable import SparKit
import Testing

/// docs/method.md "Scoring rules", people row: each right field of a `/map` (role, attitude, style) +1,
/// each wrong one −1; a field already scored is not scored again.
@Suite struct PeopleRuleTests {
    let wang = contact()  // approver, sponsor, driver

    func score(_ mapping: ContactMapping, already: ContactMapping = ContactMapping()) -> [Award] {
        PeopleRule.score(mapping, of: wang, alreadyScored: already, language: .zh)
    }

    @Test func eachRightFieldScoresOne() {
        let awards = score(ContactMapping(role: .approver, attitude: .sponsor, style: .driver))
        #expect(summary(awards) == ["people.right:+1", "people.right:+1", "people.right:+1"])
        #expect(awards.allSatisfy { $0.dimension == .people })
        #expect(awards.first?.reason.contains("王总") == true)
    }

    @Test func eachWrongFieldCostsOne() {
        let awards = score(ContactMapping(role: .approver, attitude: .hostile, style: .amiable))
        #expect(summary(awards) == ["people.right:+1", "people.wrong:-1", "people.wrong:-1"])
    }

    @Test func onlyTheFieldsGivenAreScored() {
        #expect(summary(score(ContactMapping(style: .driver))) == ["people.right:+1"])
        #expect(summary(score(ContactMapping(attitude: .neutral))) == ["people.wrong:-1"])
        #expect(score(ContactMapping()).isEmpty)
    }

    @Test func aFieldAlreadyScoredIsNotScoredAgain() {
        let already = ContactMapping(role: .evaluator)
        // The role was scored before (wrongly); a corrected role earns nothing now.
        #expect(summary(score(ContactMapping(role: .approver, style: .driver), already: already)) == ["people.right:+1"])
        let all = ContactMapping(role: .approver, attitude: .sponsor, style: .driver)
        #expect(score(all, already: all).isEmpty)
    }

    @Test func sessionMapsByNameAndScoresOnce() throws {
        var session = Session(scenario: try miniScenario())
        _ = session.begin()
        let events = session.handle("/map 王总 批准者 赞助者 控制型")
        #expect(events.scoreEvents.map(\.points) == [1, 1, 1])
        #expect(session.state.points(in: .people) == 3)
        let again = session.handle("/map wang approver sponsor driver")
        #expect(again.scoreEvents.isEmpty)
        #expect(session.state.points(in: .people) == 3)
    }

    @Test func sessionScoresAWrongMapping() throws {
        var session = Session(scenario: try miniScenario())
        _ = session.begin()
        // 李工 is an analytical, hostile evaluator.
        _ = session.handle("/map 李工 评估者 支持者 分析型")
        #expect(summary(session.state.events) == ["people.right:+1", "people.wrong:-1", "people.right:+1"])
    }
}
