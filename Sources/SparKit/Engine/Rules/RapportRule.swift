import SalesMethod

/// Fit the answer to the speaker's communication style.
public enum RapportRule {
    public static func score(suits: [CommunicationStyle], clashes: [CommunicationStyle], speaker: Contact?,
                             language: Language) -> [Award] {
        guard let speaker else { return [] }
        let style = speaker.style
        if suits.contains(style) {
            return [Award(.rapport, 1, rule: "rapport.suits", args: ["contact": speaker.name, "style": style.rawValue],
                          language: language)]
        }
        if clashes.contains(style) {
            return [Award(.rapport, -1, rule: "rapport.clashes", args: ["contact": speaker.name, "style": style.rawValue],
                          language: language)]
        }
        return []
    }
}
