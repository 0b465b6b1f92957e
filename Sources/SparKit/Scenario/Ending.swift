import SalesMethod

/// How a meeting ends.
public struct Ending: Sendable, Hashable {
    public var outcome: Outcome
    public var text: String?
    public init(outcome: Outcome, text: String? = nil) {
        self.outcome = outcome
        self.text = text
    }
}

public enum Outcome: String, Sendable, Hashable, Codable, CaseIterable {
    case signed
    case nextMeeting = "next_meeting"
    case followUp = "follow_up"
    case lost

    public func name(_ language: Language) -> String {
        switch (self, language) {
        case (.signed, .zh): "现场签约"
        case (.signed, .en): "signed"
        case (.nextMeeting, .zh): "约定下次会谈"
        case (.nextMeeting, .en): "next meeting agreed"
        case (.followUp, .zh): "会后跟进"
        case (.followUp, .en): "follow-up"
        case (.lost, .zh): "丢单"
        case (.lost, .en): "lost"
        }
    }
}
