import SalesMethod

/// The words Tab completes, for `spar play` and (sent by the classroom server) `spar join`: slash
/// commands, the scenario's contacts, classes and the method's words; and, at a checkpoint, the
/// words that checkpoint takes, offered with nothing typed yet.
public enum CompletionWords {
    /// Everything Tab may complete while playing `scenario`.
    public static func all(for scenario: Scenario, language: Language) -> [String] {
        var words = Session.commands
        for contact in scenario.contacts { words += [contact.id, contact.name] }
        words += classes(language)
        words += names(BuyerRole.self, language) + names(Attitude.self, language) + names(CommunicationStyle.self, language)
        words += names(ClassificationReason.self, language)
        return unique(words)
    }

    /// The words a checkpoint waiting for `pending` takes, offered when Tab is pressed before
    /// anything of a word is typed: the classes and reasons at a classify checkpoint; the
    /// contact's name, the roles, attitudes and styles at a map checkpoint. Empty elsewhere.
    public static func atCheckpoint(_ pending: PendingInput?, scenario: Scenario, language: Language) -> [String] {
        switch pending {
        case .classify?, .practiceClassify?:
            return unique(classes(language) + names(ClassificationReason.self, language))
        case .map(let ids)?:
            let contacts = ids.compactMap { id in scenario.contacts.first { $0.id == id }?.name }
            return unique(contacts + names(BuyerRole.self, language) + names(Attitude.self, language)
                          + names(CommunicationStyle.self, language))
        case .clarify?, nil:
            return []
        }
    }

    /// The words to offer for `word` (the word being typed, `textBeforeWord` what precedes it):
    /// commands for `/…`; with nothing typed, the checkpoint's words; else those extending `word`.
    /// After `/classify ` (or `/c `) nothing typed offers the classes and reasons; after
    /// `/map NAME ` the roles, attitudes and styles: the words that command takes next.
    public static func candidates(for word: String, among words: [String], checkpoint: [String] = [],
                                  textBeforeWord: String = "") -> [String] {
        if word.isEmpty, let taken = commandArgumentWords(after: textBeforeWord) {
            return words.filter { taken.contains($0) }
        }
        if word.isEmpty { return checkpoint }
        if word.hasPrefix("/") { return words.filter { $0.hasPrefix("/") && $0.hasPrefix(word.lowercased()) } }
        let lowered = word.lowercased()
        return words.filter { !$0.hasPrefix("/") && $0.lowercased().hasPrefix(lowered) }
    }

    /// The words (in both languages) the command typed before the cursor takes next, if any.
    private static func commandArgumentWords(after text: String) -> Set<String>? {
        let typed = text.split(separator: " ").map { $0.lowercased() }
        guard let command = typed.first else { return nil }
        if ["/classify", "/c"].contains(command) {
            return Set(Language.allCases.flatMap { classes($0) + names(ClassificationReason.self, $0) })
        }
        if ["/map", "/m"].contains(command), typed.count >= 2 {
            return Set(Language.allCases.flatMap {
                names(BuyerRole.self, $0) + names(Attitude.self, $0) + names(CommunicationStyle.self, $0)
            })
        }
        return nil
    }

    private static func classes(_ language: Language) -> [String] {
        ["A", "B", "C", "D", language == .zh ? "未知" : "unknown"]
    }

    private static func names<T: MethodIdentifier>(_ type: T.Type, _ language: Language) -> [String] {
        T.allCases.map { $0.name.text(language) }
    }

    private static func unique(_ words: [String]) -> [String] {
        var seen: Set<String> = []
        return words.filter { seen.insert($0).inserted }
    }
}
