import SalesMethod
import SparCommandLine
import Testing

/// The language of help: `--lang` on the command line first, then the locale variables in the
/// order every program reads them, else English.
@Suite struct HelpLanguageTests {
    static let noLocale = ["LC_ALL": "", "LC_MESSAGES": "", "LANG": ""]

    @Test func theLocaleDecidesWhenNoLanguageIsGiven() {
        #expect(HelpLanguage.decide(arguments: ["spar", "--help"], environment: ["LANG": "zh_CN.UTF-8"]) == .zh)
        #expect(HelpLanguage.decide(arguments: ["spar", "--help"], environment: ["LANG": "zh_TW.UTF-8"]) == .zh)
        #expect(HelpLanguage.decide(arguments: ["spar", "--help"], environment: ["LANG": "en_US.UTF-8"]) == .en)
        #expect(HelpLanguage.decide(arguments: ["spar", "--help"], environment: ["LANG": "C"]) == .en)
        #expect(HelpLanguage.decide(arguments: ["spar", "--help"], environment: [:]) == .en)
        #expect(HelpLanguage.decide(arguments: ["spar", "--help"], environment: Self.noLocale) == .en)
    }

    @Test func lcAllThenLcMessagesOverrideLang() {
        #expect(HelpLanguage.decide(arguments: ["spar"], environment: ["LC_ALL": "C", "LANG": "zh_CN.UTF-8"]) == .en)
        #expect(HelpLanguage.decide(arguments: ["spar"], environment: ["LC_MESSAGES": "zh_CN.UTF-8", "LANG": "C"]) == .zh)
        #expect(HelpLanguage.decide(arguments: ["spar"], environment: ["LC_ALL": "", "LANG": "zh_CN.UTF-8"]) == .zh)
    }

    @Test func aLanguageOnTheCommandLineOverridesTheLocale() {
        #expect(HelpLanguage.decide(arguments: ["spar", "play", "--help", "--lang", "zh"], environment: ["LANG": "C"]) == .zh)
        #expect(HelpLanguage.decide(arguments: ["spar", "--lang=en", "--help"], environment: ["LANG": "zh_CN.UTF-8"]) == .en)
        #expect(HelpLanguage.decide(arguments: ["spar", "--lang", "en", "--lang", "zh"], environment: [:]) == .zh)
    }

    @Test func anInvalidOrMisplacedLanguageIsIgnored() {
        #expect(HelpLanguage.decide(arguments: ["spar", "--lang", "fr", "--help"], environment: ["LANG": "zh_CN.UTF-8"]) == .zh)
        #expect(HelpLanguage.decide(arguments: ["spar", "--lang"], environment: ["LANG": "zh_CN.UTF-8"]) == .zh)
        // After `--` it is an argument, not an option; the program's own name is never read.
        #expect(HelpLanguage.decide(arguments: ["spar", "--", "--lang", "zh"], environment: [:]) == .en)
        #expect(HelpLanguage.decide(arguments: ["--lang=zh"], environment: [:]) == .en)
    }
}
