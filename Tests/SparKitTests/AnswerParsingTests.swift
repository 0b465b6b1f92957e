import SalesMethod
@testable import SparKit
import Testing

/// Reading what a trainee types at a classification or a `/map`, in Chinese or English.
@Suite struct AnswerParsingTests {
    static let answers: [(String, CustomerClass, Set<ClassificationReason>)] = [
        ("B 第二KP 有需求 有购买能力 认可产品价值", .b, [.kpSecond, .need, .canPay, .seesValue]),
        ("A类，因为是第一KP、有需求、有预算", .a, [.kpFirst, .need, .canPay]),
        ("D 没有需求", .d, [.noNeed]),
        ("D类客户：没有预算，不认可产品价值", .d, [.cannotPay, .noValue]),
        ("未知", .unknown, []),
        ("尚不能判断", .unknown, []),
        ("不确定，有需求，但KP不清楚", .unknown, [.need]),
        ("class C: third KP, need, can pay, sees value", .c, [.kpThird, .need, .canPay, .seesValue]),
        ("A: first KP, has budget, needs it", .a, [.kpFirst, .canPay, .need]),
        ("b  not the first KP；有需求；sees the value", .b, [.notKPFirst, .need, .seesValue]),
        ("unknown", .unknown, []),
    ]

    @Test(arguments: answers)
    func classificationAnswers(input: String, expected: CustomerClass, reasons: Set<ClassificationReason>) throws {
        let (given, parsed) = try #require(AnswerParsing.classification(input))
        #expect(given == expected)
        #expect(Set(parsed) == reasons)
        #expect(parsed.count == Set(parsed).count, "each reason once")
    }

    @Test func negativeReasonsAreNotReadAsPositive() throws {
        let (_, reasons) = try #require(AnswerParsing.classification("D 没有需求 没有购买能力"))
        #expect(!reasons.contains(.need))
        #expect(!reasons.contains(.canPay))
    }

    @Test(arguments: ["", "我觉得还行", "first KP, need"])
    func anAnswerWithoutAClassIsNotRead(input: String) {
        #expect(AnswerParsing.classification(input) == nil)
    }

    @Test func anArticleIsNotAClass() throws {
        let (given, _) = try #require(AnswerParsing.classification("it is a class B account: second KP, need"))
        #expect(given == .b)
    }

    @Test(arguments: [
        ["批准者", "赞助者", "控制型"],
        ["控制型", "批准者", "赞助者"],
        ["赞助者", "控制型", "批准者"],
        ["driver", "approver", "sponsor"],
        ["sponsor", "driver", "approver"],
    ])
    func mappingWordsInAnyOrder(words: [String]) {
        let (mapping, unread) = AnswerParsing.mapping(words)
        #expect(mapping == ContactMapping(role: .approver, attitude: .sponsor, style: .driver))
        #expect(unread.isEmpty)
    }

    @Test func mappingReturnsTheWordsItCannotRead() {
        let (mapping, unread) = AnswerParsing.mapping(["评估者", "很凶", "分析型"])
        #expect(mapping == ContactMapping(role: .evaluator, style: .analytical))
        #expect(unread == ["很凶"])
    }

    @Test func mappingTakesOnlyTheFirstOfEachField() {
        let (mapping, unread) = AnswerParsing.mapping(["批准者", "评估者"])
        #expect(mapping.role == .approver)
        #expect(unread == ["评估者"])
    }

    @Test func wordsSplitOnChineseAndEnglishSeparators() {
        #expect(AnswerParsing.words("王总 批准者，赞助者、控制型;  driver") == ["王总", "批准者", "赞助者", "控制型", "driver"])
    }
}
