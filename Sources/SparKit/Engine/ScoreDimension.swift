import SalesMethod

/// The parts of the method a scorecard reports on.
public enum ScoreDimension: String, Sendable, Hashable, Codable, CaseIterable, Comparable {
    case stage, classification, people, discovery, objection, closing, rapport

    public func name(_ language: Language) -> String {
        switch (self, language) {
        case (.stage, .zh): "阶段推进"
        case (.stage, .en): "stage & sync"
        case (.classification, .zh): "客户分类"
        case (.classification, .en): "classification"
        case (.people, .zh): "人物角色"
        case (.people, .en): "people"
        case (.discovery, .zh): "信息发掘"
        case (.discovery, .en): "discovery"
        case (.objection, .zh): "异议处理"
        case (.objection, .en): "objections"
        case (.closing, .zh): "促成成交"
        case (.closing, .en): "closing"
        case (.rapport, .zh): "沟通风格"
        case (.rapport, .en): "rapport"
        }
    }

    public static func < (a: Self, b: Self) -> Bool {
        allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
    }
}
