/// How the seller secures a meeting (docs/method.md).
public enum AppointmentMethod: String, MethodIdentifier {
    case face, proxy, broadcast, letter, phone

    public var name: LocalizedName {
        switch self {
        case .face: LocalizedName(zh: "面约", en: "in person")
        case .proxy: LocalizedName(zh: "托约", en: "through someone")
        case .broadcast: LocalizedName(zh: "广约", en: "broadcast")
        case .letter: LocalizedName(zh: "函约", en: "by letter")
        case .phone: LocalizedName(zh: "电约", en: "by phone")
        }
    }

    public var aliases: [String] {
        switch self {
        case .face: ["当面约", "face to face"]
        case .proxy: ["托人约", "委托", "via a contact", "introduction"]
        case .broadcast: ["广告约", "广泛邀约", "mass invitation"]
        case .letter: ["信函", "写信", "邮件", "mail", "email"]
        case .phone: ["电话", "电话约", "call"]
        }
    }
}
