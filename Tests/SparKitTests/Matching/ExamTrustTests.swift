import Foundation
import SalesMethod
@testable import SparKit
import Testing

/// Issue 15 on the shipped scenarios, in both languages: no confident pick for names, greetings,
/// acknowledgements, a lone keyword or stuffed answers; exam clarifications that show no option's
/// text; yes/no and typed numbers; checkpoints that understand people.
@Suite struct ExamTrustTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().path
    static let chinese = load("scenarios/zh/valve-retrofit.yaml")
    static let english = load("scenarios/en/saas-renewal.yaml")

    static func load(_ path: String) -> Scenario {
        ScenarioLoader.load(contentsOfFile: root + "/" + path).scenario!
    }

    func rank(_ scenario: Scenario, _ node: String, _ text: String) -> MatchResult {
        let count = scenario.node(node)!.choices.count
        return ChoiceMatcher(scenario: scenario).rank(text, node: node, available: (0..<count).map { ($0 + 1, $0) })
    }

    func session(_ scenario: Scenario, _ mode: SessionMode, at node: String) -> Session {
        var session = Session(scenario: scenario, mode: mode, startNode: node)
        _ = session.begin()
        return session
    }

    // MARK: - Nothing confident without substance

    @Test(arguments: ["孙主任", "李工", "明白", "好的", "谢谢", "李工你问题", "李工喝茶", "喂？喂？听得到吗", "检测"])
    func chineseAnswersWithoutSubstanceAreNeverConfident(text: String) {
        #expect(rank(Self.chinese, "opening", text).outcome != .confident)
    }

    @Test(arguments: ["Raj", "Maria Lopez", "fair question", "ok", "sure", "thanks Raj", "paperwork", "hello Dana"])
    func englishAnswersWithoutSubstanceAreNeverConfident(text: String) {
        #expect(rank(Self.english, "opening", text).outcome != .confident)
    }

    @Test func namesAndGreetingsAloneAreNotUnderstood() {
        #expect(rank(Self.chinese, "opening", "李工您好").shortfall == .pleasantriesOnly)
        #expect(rank(Self.english, "opening", "hi Raj").shortfall == .pleasantriesOnly)
    }

    @Test(arguments: [ExamTrustTests.chinese, ExamTrustTests.english])
    func stuffedAnswersAreNeverConfident(scenario: Scenario) {
        for node in scenario.nodes where node.choices.count > 1 {
            let joined = node.choices.map(\.say).joined(separator: " ")
            #expect(rank(scenario, node.id, joined).outcome != .confident, "\(node.id)")
        }
    }

    @Test func aFullAnswerIsStillTaken() {
        #expect(rank(Self.chinese, "li_criteria", "那家在氯气上有业绩吗，质保几年").chosen == 3)
        #expect(rank(Self.english, "opening", "Raj, what would you need to feel comfortable with a switch?").chosen == 2)
    }



    // MARK: - Exam clarifications

    @Test(arguments: [(ExamTrustTests.chinese, "检测"), (ExamTrustTests.english, "paperwork")])
    func examClarificationsShowGistsNotOptions(scenario: Scenario, text: String) {
        var session = session(scenario, .exam, at: "opening")
        let events = session.handle(text)
        guard let options = events.compactMap({ if case .whichDidYouMean(let options) = $0 { options } else { nil } }).first else {
            Issue.record("expected a question, got \(events)")
            return
        }
        let says = scenario.node("opening")!.choices.map(\.say)
        for option in options {
            #expect(!option.say.isEmpty)
            #expect(!says.contains(option.say))
            #expect(option.say.count <= 40, "a gist, not the option: \(option.say)")
            #expect(!says.contains { $0.hasPrefix(option.say) })
        }
    }

    @Test func anAuthorsGistIsUsed() throws {
        var scenario = Self.english
        let index = try #require(scenario.nodes.firstIndex { $0.id == "opening" })
        scenario.nodes[index].choices[0].gist = "the paperwork"
        let matcher = ChoiceMatcher(scenario: scenario)
        #expect(matcher.gist(of: scenario.nodes[index].choices[0], at: 0, node: "opening", language: .en) == "the paperwork")
    }

    @Test(arguments: [(ExamTrustTests.chinese, "检测", "是"), (ExamTrustTests.english, "paperwork", "yes"),
                      (ExamTrustTests.chinese, "检测", "２"), (ExamTrustTests.english, "paperwork", "1")])
    func yesOrTheNumberAnswersAClarification(scenario: Scenario, text: String, reply: String) {
        var session = session(scenario, .exam, at: "opening")
        _ = session.handle(text)
        let events = session.handle(reply)
        #expect(events.contains { if case .answered = $0 { true } else { false } }, "\(events)")
    }

    @Test(arguments: [(ExamTrustTests.chinese, "检测", "不是"), (ExamTrustTests.english, "paperwork", "no")])
    func noAsksForAnotherWay(scenario: Scenario, text: String, reply: String) {
        var session = session(scenario, .exam, at: "opening")
        _ = session.handle(text)
        #expect(session.handle(reply) == [.notice(.sayItAnotherWay)])
        #expect(session.state.pending == nil)
    }

    @Test func puzzlementSaysWhatIsMissing() {
        var chinese = session(Self.chinese, .exam, at: "opening")
        #expect(chinese.handle("李工").contains(.notice(.missingAnswer(.getToThePoint))))
        var english = session(Self.english, .exam, at: "opening")
        #expect(english.handle("Raj").contains(.notice(.missingAnswer(.getToThePoint))))
    }

    // MARK: - Practice numbers

    @Test(arguments: ["１", "1.", "1)", "（1）", "(1)", "选1", "第1个", "第一个", "one", "the first", "option 1", "No. 1"])
    func practiceNumberFormsPickTheChoice(text: String) {
        #expect(TypedChoiceNumber.number(in: text) == 1)
        for scenario in [Self.chinese, Self.english] {
            var session = session(scenario, .practice, at: "opening")
            #expect(session.handle(text).contains { if case .answered(let choice, byNumber: true) = $0 { choice.number == 1 } else { false } })
        }
    }

    @Test(arguments: ["第二个", "２", "the second", "two"])
    func otherNumbersToo(text: String) {
        #expect(TypedChoiceNumber.number(in: text) == 2)
    }

    // MARK: - Checkpoints

    @Test(arguments: ["I think it's a good account", "a good customer, they have a need", "我觉得这个客户挺好的", "客户有需求，钱也够"])
    func anEnglishWordIsNotAClass(text: String) {
        #expect(AnswerParsing.classificationReading(text).customerClass == nil)
    }

    @Test(arguments: [("A", CustomerClass.a), ("A类", .a), ("class A", .a), ("an A", .a), ("我觉得是B类", .b), ("a 第一KP", .a)])
    func classTokensAreRead(text: String, expected: CustomerClass) {
        #expect(AnswerParsing.classificationReading(text).customerClass == expected)
    }

    @Test(arguments: [("A 第一KP…还没确认 有需求", ClassificationReason.kpFirst, ClassificationReason.need),
                      ("B, has a need, not sure he's the first KP", .kpFirst, .need),
                      ("A 有需求 第一KP不确定", .kpFirst, .need)])
    func hedgedReasonsAreNotClaims(text: String, hedged: ClassificationReason, claimed: ClassificationReason) {
        let reading = AnswerParsing.classificationReading(text)
        #expect(!reading.reasons.contains(hedged))
        #expect(reading.hedged.contains(hedged))
        #expect(reading.reasons.contains(claimed))
    }

    @Test func unreadCheckpointWordsAreNamedBackAndNothingIsScored() {
        var chinese = session(Self.chinese, .exam, at: "wang_call")
        #expect(chinese.state.pending == .classify)
        let events = chinese.handle("A 第一KP 有需求 钱够")
        #expect(events == [.notice(.unreadWords(["钱够"], allowed: AnswerParsing.reasonWords(.zh)))])
        #expect(chinese.state.pending == .classify)
        #expect(chinese.state.events.isEmpty)
        var english = session(Self.english, .exam, at: "dana_reads")
        let read = english.handle("I think it's a good account")
        #expect(read.first == .notice(.classifyFormat))
        #expect(english.state.pending == .classify)
        #expect(english.state.events.filter { $0.dimension == .classification }.isEmpty)
    }

    @Test func unreadMapWordsAreNamedBack() {
        var session = session(Self.chinese, .practice, at: "zhao_print")
        guard case .map? = session.state.pending else {
            Issue.record("expected a map checkpoint")
            return
        }
        let events = session.handle("决策者 支持 强势")
        #expect(events.first == .notice(.unreadWords(["强势"], allowed: AnswerParsing.mappingWords(.zh))))
        #expect(session.state.events.isEmpty)
        var english = self.session(Self.english, .practice, at: "map_break")
        let read = english.handle("decider supporter bossy")
        #expect(read.first == .notice(.unreadWords(["bossy"], allowed: AnswerParsing.mappingWords(.en))))
        #expect(english.state.events.isEmpty)
    }

    @Test func mapCommandAnswersAMapCheckpoint() {
        for (scenario, node) in [(Self.chinese, "zhao_print"), (Self.english, "map_break")] {
            var session = session(scenario, .practice, at: node)
            guard case .map(let remaining)? = session.state.pending, let id = remaining.first,
                  let contact = scenario.contact(id) else {
                Issue.record("expected a map checkpoint at \(node)")
                continue
            }
            let words = scenario.language == .zh ? "批准者 中立者 控制型" : "approver neutral driver"
            let events = session.handle("/map \(contact.name.split(separator: " ")[0]) \(words)")
            #expect(events.contains { if case .mapped(let mapped, _) = $0 { mapped.id == id } else { false } })
            if case .map(let rest)? = session.state.pending { #expect(rest.first != id) }
        }
    }

    @Test func examplesUseTheScenariosContacts() {
        var english = session(Self.english, .exam, at: "opening")
        guard case .help(let commands)? = english.handle("/help").first else {
            Issue.record("expected help")
            return
        }
        let map = commands.first { $0.command == "/map" }?.summary ?? ""
        #expect(!map.contains("wang"))
        #expect(map.contains("Maria") || map.contains("Raj") || map.contains("Dana"))
        var chinese = session(Self.chinese, .exam, at: "opening")
        #expect(chinese.handle("/map").first == .notice(.mapFormat(example: "王总")))
    }

    // MARK: - Small talk

    /// Small talk that shares one word or two characters with a choice (价格, today, price) is an
    /// aside, never that choice.
    @Test(arguments: [("final_discount", "赵经理，这个价格我们是一分都不会降的"), ("zhao_price", "今天价格的事先不说，咱们聊聊足球"),
                      ("li_criteria", "李工，您这阀门模型摆得真好看"), ("opening", "孙主任，咱们厂区真大，走过来要十分钟"),
                      ("cost_of_leaks", "听说你们食堂的红烧肉很有名")])
    func chineseSmallTalkIsNeverConfident(node: String, text: String) {
        #expect(rank(Self.chinese, node, text).outcome != .confident)
    }

    @Test(arguments: [("dana_budget", "great weather today"), ("opening", "great weather today"), ("dana_price", "the prices at that cafe downstairs are crazy"),
                      ("raj_risk", "the wifi here is a bit slow today"), ("final_ask", "what a long day, time flies"),
                      ("maria_pain", "I hear the team had a party last week")])
    func englishSmallTalkIsNeverConfident(node: String, text: String) {
        #expect(rank(Self.english, node, text).outcome != .confident)
    }

    // MARK: - Exam help and Tab

    @Test(arguments: [Language.zh, .en])
    func examHelpSpeaksOfTypingNotNumbers(language: Language) {
        var exam = Session(scenario: language == .zh ? Self.chinese : Self.english, mode: .exam, language: language)
        _ = exam.begin()
        let text = SessionWording.lines(for: exam.handle("/help"), language: language, mode: .exam).map(\.text).joined(separator: "\n")
        #expect(text.contains(language == .zh ? "用自己的话" : "in your own words"))
        #expect(!text.contains(language == .zh ? "编号" : "number"), "\(text)")
    }

    @Test(arguments: [Language.zh, .en])
    func tabAtACheckpointOffersItsWords(language: Language) {
        let scenario = language == .zh ? Self.chinese : Self.english
        let classify = CompletionWords.atCheckpoint(.classify, scenario: scenario, language: language)
        let names = language == .zh ? ["A", "未知", "第一KP", "认可产品价值"] : ["A", "unknown", "first KP", "sees value"]
        #expect(names.allSatisfy(classify.contains), "\(classify)")
        #expect(!classify.contains { $0.hasPrefix("/") })
        let contact = scenario.contacts[0]
        let map = CompletionWords.atCheckpoint(.map([contact.id]), scenario: scenario, language: language)
        let mapNames = language == .zh ? [contact.name, "批准者", "中立者", "控制型"] : [contact.name, "approver", "neutral", "driver"]
        #expect(mapNames.allSatisfy(map.contains), "\(map)")
        #expect(!map.contains("A"))
        // An empty word offers them at the checkpoint and nothing elsewhere; a typed word completes as before.
        let all = CompletionWords.all(for: scenario, language: language)
        #expect(CompletionWords.candidates(for: "", among: all, checkpoint: classify) == classify)
        #expect(CompletionWords.candidates(for: "", among: all, checkpoint: []).isEmpty)
        #expect(CompletionWords.atCheckpoint(nil, scenario: scenario, language: language).isEmpty)
        #expect(CompletionWords.candidates(for: "/cl", among: all, checkpoint: classify) == ["/classify"])
        // After a command, nothing typed: the words that command takes next, anywhere in play.
        let afterClassify = CompletionWords.candidates(for: "", among: all, textBeforeWord: "/classify ")
        #expect(["A", "B", "C", "D"].allSatisfy(afterClassify.contains), "\(afterClassify)")
        #expect(names.allSatisfy(afterClassify.contains))
        #expect(!afterClassify.contains(contact.name))
        #expect(CompletionWords.candidates(for: "", among: all, textBeforeWord: "/c A ").contains("A"))
        let afterMap = CompletionWords.candidates(for: "", among: all, textBeforeWord: "/map \(contact.name) ")
        #expect(mapNames.dropFirst().allSatisfy(afterMap.contains), "\(afterMap)")
        #expect(!afterMap.contains("A"))
        #expect(CompletionWords.candidates(for: "", among: all, textBeforeWord: "/map ").isEmpty)
    }
}
