import Foundation
import Testing
import SalesMethod

private func json<T: Encodable>(_ value: T) throws -> String {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys]
    return String(decoding: try encoder.encode(value), as: UTF8.self)
}

@Test func identifiersEncodeAsTheirRawIds() throws {
    #expect(try json([BuyerRole.decisionMaker]) == #"["decision_maker"]"#)
    #expect(try json([SyncPoint.c]) == #"["C"]"#)
    #expect(try json([CustomerClass.unknown, .a]) == #"["unknown","A"]"#)
    #expect(try json([SignalKind.nonVerbal]) == #"["non_verbal"]"#)
    let decoded = try JSONDecoder().decode([LifecycleTask].self, from: Data(#"["follow_up","visit"]"#.utf8))
    #expect(decoded == [.followUp, .visit])
}

@Test func factsAndClassificationsRoundTrip() throws {
    let facts = AccountFacts(kp: .second, need: .yes, canPay: .no)
    #expect(try json(facts) == #"{"canPay":"no","kp":"second","need":"yes","seesValue":"unknown"}"#)
    let classification = Classifier.classify(facts)
    let data = try JSONEncoder().encode(classification)
    #expect(try JSONDecoder().decode(Classification.self, from: data) == classification)
    let decodedFacts = try JSONDecoder().decode(AccountFacts.self, from: Data(try json(facts).utf8))
    #expect(decodedFacts == facts)
}
