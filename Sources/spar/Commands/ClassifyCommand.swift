import ArgumentParser
import Foundation
import SalesMethod
import SparCommandLine

/// `spar classify`: the A/B/C/D classifier as a quick reference for trainers.
struct ClassifyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "classify", abstract: helpText(zh: "客户分类：按已知事实把客户判为 A/B/C/D 类（依销售方法的规则）。", en: "Classify an account A/B/C/D from its facts, by the method's rule."))

    enum Rank: String, ExpressibleByArgument { case first, second, third, unknown }
    enum Answer: String, ExpressibleByArgument { case yes, no, unknown }
    enum Format: String, ExpressibleByArgument { case text, json }

    @Option(name: .long, help: helpText(zh: "见到的关键人（KP）是第几KP：first、second、third 或 unknown。", en: "Rank of the key person met: first, second, third or unknown."))
    var kp: Rank = .unknown
    @Option(name: .long, help: helpText(zh: "客户有没有需求：yes、no 或 unknown。", en: "Does the account need it? yes, no or unknown."))
    var need: Answer = .unknown
    @Option(name: .customLong("can-pay"), help: helpText(zh: "客户有没有支付能力：yes、no 或 unknown。", en: "Can it pay? yes, no or unknown."))
    var canPay: Answer = .unknown
    @Option(name: .customLong("sees-value"), help: helpText(zh: "客户是否认同价值：yes、no 或 unknown。", en: "Does it see the value? yes, no or unknown."))
    var seesValue: Answer = .unknown
    @Option(name: .long, help: helpText(zh: "输出格式：text 或 json。", en: "Output format: text or json."))
    var format: Format = .text
    @Option(name: .long, help: helpText(zh: "判断结果的语言：zh 或 en。", en: "Language of the verdict: zh or en."))
    var lang: Language = .zh

    func run() throws {
        let facts = AccountFacts(kp: KPRank(rawValue: kp.rawValue), need: FactValue(rawValue: need.rawValue)!,
                                 canPay: FactValue(rawValue: canPay.rawValue)!, seesValue: FactValue(rawValue: seesValue.rawValue)!)
        let result = Classifier.classify(facts)
        switch format {
        case .json:
            struct Output: Encodable {
                var `class`: String
                var holds: [String]
                var fails: [String]
                var pending: [String]
                var cycle_days: [Int]?
            }
            let output = Output(class: result.customerClass.rawValue, holds: result.holds.map(\.rawValue),
                                fails: result.fails.map(\.rawValue), pending: result.pending.map(\.rawValue),
                                cycle_days: result.cycleDays.map { [$0.lowerBound, $0.upperBound] })
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys]
            Console.out(String(decoding: try encoder.encode(output), as: UTF8.self))
        case .text:
            let zh = lang == .zh
            Console.out((zh ? "判断：" : "Verdict: ") + result.customerClass.name.text(lang))
            if !result.holds.isEmpty {
                Console.out((zh ? "正向（为什么是）：" : "Forward (why it is): ") + result.holds.map { $0.name.text(lang) }.joined(separator: zh ? "、" : ", "))
            }
            if !result.fails.isEmpty {
                Console.out((zh ? "反向（为什么不是A类）：" : "Reverse (why it is not an A): ") + result.fails.map { $0.name.text(lang) }.joined(separator: zh ? "、" : ", "))
            }
            if !result.pending.isEmpty {
                Console.out((zh ? "尚需弄清：" : "Still to find out: ") + result.pending.map { $0.name.text(lang) }.joined(separator: zh ? "、" : ", "))
            }
            if let cycle = result.cycleDays {
                let days = cycle.lowerBound == cycle.upperBound ? "\(cycle.lowerBound)" : "\(cycle.lowerBound)–\(cycle.upperBound)"
                Console.out((zh ? "预计签单周期：约\(days)天" : "Expected signing cycle: about \(days) days"))
            } else if result.customerClass == .d {
                Console.out(zh ? "不会签单：不要在D类客户身上浪费时间" : "Will not sign: don't spend time on a D")
            }
        }
    }
}
