import SalesMethod
import SparKit

/// What Tab offers: slash commands, contact ids and names, classes, and the method's words for `/map`.
enum Completion {
    static func words(for scenario: Scenario, language: Language) -> [String] {
        var words = Session.commands
        for contact in scenario.contacts { words += [contact.id, contact.name] }
        words += ["A", "B", "C", "D", language == .zh ? "未知" : "unknown"]
        func names<T: MethodIdentifier>(_ type: T.Type) -> [String] { T.allCases.map { $0.name.text(language) } }
        words += names(BuyerRole.self) + names(Attitude.self) + names(CommunicationStyle.self)
        words += names(ClassificationReason.self)
        var seen: Set<String> = []
        return words.filter { seen.insert($0).inserted }
    }

    static func candidates(for word: String, among words: [String]) -> [String] {
        guard !word.isEmpty else { return [] }
        if word.hasPrefix("/") { return words.filter { $0.hasPrefix("/") && $0.hasPrefix(word.lowercased()) } }
        let lowered = word.lowercased()
        return words.filter { !$0.hasPrefix("/") && $0.lowercased().hasPrefix(lowered) }
    }
}
