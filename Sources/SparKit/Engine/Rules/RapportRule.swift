import SalesMethod

/// Fit the answer to the speaker's communication style (seed 003).
public enum RapportRule {
    public static func score(suits: [CommunicationStyle], clashes: [CommunicationStyle], speaker: Contact?,
                             language: Language) -> [Award] {
        guard let speaker else { return [] }
        let style = speaker.style
        if suits.contains(style) {
            return [Award(.rapport, 1, rule: "rapport.suits",
                          reason: text(language, "契合\(speaker.name)的沟通类型（\(style.name.zh)）",
                                       "suits \(speaker.name)'s style (\(style.name.en))"))]
        }
        if clashes.contains(style) {
            return [Award(.rapport, -1, rule: "rapport.clashes",
                          reason: text(language, "不符合\(speaker.name)的沟通类型（\(style.name.zh)）",
                                       "clashes with \(speaker.name)'s style (\(style.name.en))"))]
        }
        return []
    }
}
