import SalesMethod
import SparKit

/// What a joined trainee's client needs of the scenario besides the worded lines.
enum ClassIntroduction {
    /// What Tab offers at the trainee's prompt: commands, contact names, classes, the method's words.
    static func completionWords(_ scenario: Scenario, language: Language) -> [String] {
        var words = Session.commands
        for contact in scenario.contacts { words += [contact.id, contact.name] }
        words += ["A", "B", "C", "D", language == .zh ? "未知" : "unknown"]
        func names<T: MethodIdentifier>(_ type: T.Type) -> [String] { T.allCases.map { $0.name.text(language) } }
        words += names(BuyerRole.self) + names(Attitude.self) + names(CommunicationStyle.self)
        words += names(ClassificationReason.self)
        var seen: Set<String> = []
        return words.filter { seen.insert($0).inserted }
    }
}
