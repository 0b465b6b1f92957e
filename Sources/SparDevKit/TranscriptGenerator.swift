import Foundation
import SalesMethod
import SparKit

/// Synthetic transcripts of a scenario, played by the engine itself so every record and score is
/// what spar would have written: trainees answering by number and in words, right and wrong at the
/// checkpoints, taking answers back, a few leaving before the end. Same seed, same files.
public struct TranscriptGenerator {
    public let scenario: Scenario
    public let version: String
    let best: BestScores
    var random: SeededRandom
    let trainees: [(name: String, className: String)]
    let start = Date(timeIntervalSince1970: 1_788_249_600)   // 2026-09-01T08:00:00Z
    let dates = ISO8601DateFormatter()
    /// Holds the scenario's analysed choices, shared by every session played.
    let template: Session

    public init(scenario: Scenario, seed: UInt64 = 1, version: String, best: BestScores? = nil) {
        self.scenario = scenario
        self.version = version
        self.best = best ?? ScoreSearch.best(for: scenario)
        template = Session(scenario: scenario)
        random = SeededRandom(seed: seed)
        let zh = scenario.language == .zh
        let given = zh ? ["伟", "芳", "娜", "敏", "静", "强", "磊", "洋", "艳", "勇", "军", "杰", "娟", "涛", "超"]
                       : ["Alex", "Sam", "Priya", "Jonas", "Mei", "Omar", "Lena", "Tom", "Aisha", "Diego", "Nina", "Ravi", "Eva", "Kai", "Zoe"]
        let family = zh ? ["王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴", "徐", "孙", "胡", "朱", "高", "林", "何", "郭", "马", "罗"]
                        : ["Smith", "Garcia", "Chen", "Okafor", "Novak", "Silva", "Kim", "Patel", "Müller", "Rossi", "Haddad", "Berg", "Lopez", "Ito", "Khan", "Walsh", "Costa", "Dubois", "Ward", "Park"]
        var trainees: [(String, String)] = []
        for (f, last) in family.enumerated() {
            for (g, first) in given.enumerated() {
                let name = zh ? last + first : "\(first) \(last)"
                trainees.append((name, zh ? "第\((f * given.count + g) % 12 + 1)期" : "Cohort \((f * given.count + g) % 12 + 1)"))
            }
        }
        self.trainees = trainees
    }

    /// Session number `index`: its file name and its JSON Lines.
    public mutating func transcript(index: Int) -> (fileName: String, text: String) {
        let trainee = trainees[random.index(trainees.count)]
        let mode: SessionMode = random.chance(0.2) ? .exam : .practice
        let date = start.addingTimeInterval(Double(index) * 420 + Double(random.index(300)))
        var session = Session(scenario: scenario, mode: mode)
        session.shareMatcher(with: template)
        let header = TranscriptHeader(scenario: scenario, trainee: trainee.name, className: trainee.className, mode: mode,
                                      lang: scenario.language, version: version, started: dates.string(from: date))
        // Recorded as any session is, into memory: the same lines a trainee's play writes.
        let sink = MemoryTranscriptSink()
        let best = self.best
        guard var (recorder, _) = try? SessionRecorder.start(session, header: header, sink: sink, best: { _ in best }) else {
            preconditionFailure("a memory sink does not refuse")
        }
        let leavesAfter = random.chance(0.05) ? 1 + random.index(6) : Int.max
        var inputs = 0
        while !recorder.isFinished && inputs < 400 && recorder.session.state.turn < leavesAfter {
            inputs += 1
            _ = try? recorder.handle(nextInput(recorder.session))
        }
        let lines = sink.lines
        let name = TranscriptWriter.fileName(trainee: trainee.name, scenario: scenario.id, date: date)
        return (name, lines.joined(separator: "\n") + "\n")
    }

    /// What this trainee types next.
    mutating func nextInput(_ session: Session) -> String {
        switch session.state.pending {
        case .classify?, .practiceClassify?:
            if random.chance(0.7) {
                let expected = Classifier.classify(session.state.known.accountFacts)
                return ([expected.customerClass.rawValue] + expected.expectedReasons.map(\.rawValue)).joined(separator: " ")
            }
            return random.pick(["A", "B", "C", "D"])
        case .map(let ids)?:
            guard let contact = ids.first.flatMap({ scenario.contact($0) }) else { return "skip" }
            return mapping(contact)
        case .clarify(let numbers)?:
            return String(numbers.first ?? 1)
        case nil:
            break
        }
        let available = session.availableChoices()
        guard !available.isEmpty else { return "1" }
        if session.mode == .practice {
            if session.state.turn > 0 && random.chance(0.04) { return "/back" }
            if random.chance(0.02) { return "/notes " + (scenario.language == .zh ? "回头跟进预算" : "follow up on the budget") }
            if random.chance(0.03), let contact = scenario.contacts.randomElement(using: &random) {
                return "/map \(contact.id) " + mapping(contact)
            }
        }
        // The good answer comes first in most nodes; trainees find it a little more often than chance.
        let picked = random.chance(0.55) ? available[0] : available[random.index(available.count)]
        if session.mode == .exam || random.chance(0.12) { return picked.choice.say }
        return String(picked.number)
    }

    /// Role, attitude and style, each right three times in four.
    mutating func mapping(_ contact: Contact) -> String {
        let role = random.chance(0.75) ? contact.role : BuyerRole.allCases[random.index(BuyerRole.allCases.count)]
        let attitude = random.chance(0.75) ? contact.attitude : Attitude.allCases[random.index(Attitude.allCases.count)]
        let style = random.chance(0.75) ? contact.style : CommunicationStyle.allCases[random.index(CommunicationStyle.allCases.count)]
        return "\(role.rawValue) \(attitude.rawValue) \(style.rawValue)"
    }
}
