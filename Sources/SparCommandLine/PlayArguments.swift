import ArgumentParser
import SalesMethod

/// The options of every command that plays a session (`spar play`, the menu, `spar resume`):
/// spar's language, the transcripts folder, colour. One group, declared once.
public struct PlayArguments: ParsableArguments {
    @Option(name: .long, help: helpText(zh: "spar 界面文字和点评理由的语言：zh 或 en（默认随场景；继续会谈时随该会谈）。", en: "Language of spar's own text and feedback reasons: zh or en (default: the scenario's; when resuming, the session's)."))
    public var lang: Language?

    @Option(name: .long, help: helpText(zh: "会谈记录所在的文件夹（默认：$XDG_DATA_HOME/spar/transcripts）。", en: "Folder of the transcripts (default: $XDG_DATA_HOME/spar/transcripts)."))
    public var out: String?

    @Flag(name: .long, help: helpText(zh: "不用颜色（设置了 NO_COLOR 或输出不是终端时也不用）。", en: "No colour (also when NO_COLOR is set or output is not a terminal)."))
    public var noColor = false

    public init() {}
}
