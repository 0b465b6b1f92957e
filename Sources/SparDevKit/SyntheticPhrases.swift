import SalesMethod
import SparKit

/// The words of synthetic scenarios: customer lines and answers with their match phrases, in
/// Chinese and English. Every answer has its own phrases, so choices at one node never share one
/// (lint SP0031) however the generator combines them.
struct SyntheticPhrases: Sendable {
    struct Answer: Sendable {
        var say: String
        var match: [String]
    }

    var lines: [LifecycleStage: [String]]
    var objectionLines: [ObjectionKind: String]
    var signalLines: [BuyingSignal: String]
    var cues: [String]
    /// Questions that uncover each fact.
    var discover: [AccountFact: Answer]
    /// Answers that move the stage's work on, for each stage.
    var advance: [LifecycleStage: [Answer]]
    var rapport: [Answer]
    var handling: [ObjectionHandling: Answer]
    var closes: [ClosingTechnique: Answer]
    var push: Answer
    var concession: Answer
    var feedback: (trap: String, good: String)
    var endings: [Outcome: String]
    var company: String
    var truth: [AccountFact: String]

    static func of(_ language: Language) -> SyntheticPhrases { language == .zh ? zh : en }

    static let en = SyntheticPhrases(
        lines: [
            .investigation: [
                "Walk me through how your system handles our peak season.",
                "Our engineers want to see it running on real data first.",
                "What happens when the integration fails at night?",
                "Your demo looked good, but demos always do.",
                "How many sites like ours have you actually rolled out?",
                "I need to understand the data migration before anything else.",
            ],
            .growth: [
                "Let's talk about what this means for the business case.",
                "Who else on your side would be involved in the rollout?",
                "If we went ahead, what would the first ninety days look like?",
                "The board will ask me about payback. What do I tell them?",
                "We're comparing three options; yours is the most expensive.",
                "I like the proposal, but I have to sell it internally.",
            ],
            .maturity: [
                "So where do we land on the commercial terms?",
                "If the numbers work, I can take this to signature.",
                "Our procurement team will want to see the final contract.",
                "We're close. What else do you need from us?",
                "Let's be practical about the start date.",
                "Give me one reason to decide this week.",
            ],
        ],
        objectionLines: [
            .price: "Honestly, your price is well above what we budgeted.",
            .need: "I'm not convinced we need this right now.",
            .timing: "This is a bad quarter to start anything new.",
            .authority: "I can't decide this on my own.",
            .trust: "We've been burned by vendors promising the same thing.",
            .competitor: "Your competitor offered us the same for less.",
        ],
        signalLines: [
            .asksPrice: "What would that cost us, roughly?",
            .asksDiscount: "Is there any flexibility on that number?",
            .asksDelivery: "How soon could you deliver?",
            .asksPaymentTerms: "Could we pay in instalments?",
            .asksAfterSales: "And after go-live, who supports us?",
            .agreesBenefit: "That would save us a lot of overtime, I agree.",
            .leansForward: "Go on, I'm listening.",
            .nods: "Right. That makes sense.",
            .relaxes: "OK, that answers my worry.",
            .opensHands: "Fine, show me how it would work for us.",
        ],
        cues: ["They lean back and fold their arms.", "A colleague takes notes.", "The phone buzzes; they ignore it.",
               "They glance at the clock.", "They lean forward over the table."],
        discover: [
            .budget: Answer(say: "How is the budget for this set up, and who approves it?", match: ["budget set up", "who approves it"]),
            .timeline: Answer(say: "By when does this need to be running?", match: ["by when", "need to be running"]),
            .decisionProcess: Answer(say: "Who else takes part in the decision, and in what order?", match: ["takes part in the decision", "in what order"]),
            .competitor: Answer(say: "Which other options are you looking at?", match: ["other options", "looking at"]),
            .need: Answer(say: "What does the current process cost you each month?", match: ["current process cost", "each month"]),
            .canPay: Answer(say: "Is the money for this already set aside?", match: ["money set aside", "already set aside"]),
            .seesValue: Answer(say: "Which of the benefits matters most to your team?", match: ["benefits matters most", "your team"]),
            .kp: Answer(say: "Will you be the one signing off on this?", match: ["one signing off", "signing off"]),
        ],
        advance: [
            .investigation: [
                Answer(say: "Let me show you a reference site running at your volume.", match: ["reference site", "your volume"]),
                Answer(say: "We can run a two-week pilot on your own data.", match: ["two-week pilot", "own data"]),
                Answer(say: "Here is the test report from an independent lab.", match: ["test report", "independent lab"]),
            ],
            .growth: [
                Answer(say: "Let's build the business case together, line by line.", match: ["business case", "line by line"]),
                Answer(say: "I'll map the rollout plan to your sites.", match: ["rollout plan", "to your sites"]),
                Answer(say: "Payback is fourteen months; here is the calculation.", match: ["payback", "fourteen months"]),
            ],
            .maturity: [
                Answer(say: "Let's go through the contract terms one by one.", match: ["contract terms", "one by one"]),
                Answer(say: "I can confirm the delivery schedule in writing today.", match: ["delivery schedule", "in writing"]),
                Answer(say: "Here is the implementation plan we would sign up to.", match: ["implementation plan", "sign up to"]),
            ],
        ],
        rapport: [
            Answer(say: "That's a fair point; I'd ask the same in your place.", match: ["fair point", "in your place"]),
            Answer(say: "Let me make sure I understood you correctly.", match: ["understood you correctly", "make sure"]),
        ],
        handling: [
            .listen: Answer(say: "Please, tell me more about that.", match: ["tell me more"]),
            .acknowledge: Answer(say: "I understand why that worries you.", match: ["why that worries you", "i understand"]),
            .explore: Answer(say: "What exactly would you compare us against?", match: ["compare us against", "what exactly"]),
            .respond: Answer(say: "Here is how we take that risk off your hands.", match: ["risk off your hands", "take that risk"]),
            .argue: Answer(say: "With respect, that just isn't true.", match: ["isn't true", "with respect"]),
            .concede: Answer(say: "Fine, we'll cut the price by ten percent.", match: ["cut the price", "ten percent"]),
        ],
        closes: [
            .directRequest: Answer(say: "Shall we sign the order today?", match: ["sign the order", "today"]),
            .assumptive: Answer(say: "I'll book the installation team for the first week of next month.", match: ["book the installation", "first week"]),
            .benefitSummary: Answer(say: "Faster dispatch, fewer errors, payback in a year: shall we go ahead?", match: ["shall we go ahead", "payback in a year"]),
            .goWithFlow: Answer(say: "Which start date suits you better, March or April?", match: ["march or april", "start date"]),
            .concession: Answer(say: "If you sign now, I'll add the training for free.", match: ["training for free", "if you sign now"]),
        ],
        push: Answer(say: "Let's skip the details and get the paperwork done.", match: ["skip the details", "paperwork done"]),
        concession: Answer(say: "I can take five percent off straight away.", match: ["five percent off", "straight away"]),
        feedback: (trap: "Pushing before the customer is ready costs trust.", good: "Good: you let the customer lead you to the need."),
        endings: [
            .signed: "They sign the order on the spot.",
            .nextMeeting: "You agree a date to present to the board.",
            .followUp: "They promise to get back to you.",
            .lost: "They thank you and show you out.",
        ],
        company: "Northwind Freight",
        truth: [
            .need: "yes", .canPay: "yes", .seesValue: "yes", .kp: "first",
            .budget: "480k approved for this year", .timeline: "live before the autumn peak",
            .decisionProcess: "IT evaluates, operations recommends, the CFO signs",
            .competitor: "the incumbent, renewing at a lower price",
        ])

    static let zh = SyntheticPhrases(
        lines: [
            .investigation: [
                "你们的系统在我们旺季的时候能扛得住吗？",
                "我们的工程师想先看看真实数据跑起来的效果。",
                "如果夜里接口出问题怎么办？",
                "演示看着不错，不过演示都好看。",
                "像我们这样的工厂，你们真正上线过几家？",
                "数据迁移这块我得先弄清楚。",
            ],
            .growth: [
                "我们谈谈这个项目的投入产出吧。",
                "实施的时候你们那边谁来负责？",
                "如果定下来，头三个月怎么安排？",
                "董事会肯定会问回收期，我怎么答？",
                "我们在比三家，你们的价格最高。",
                "方案我是认可的，但内部还得说服别人。",
            ],
            .maturity: [
                "商务条款我们怎么定？",
                "数字合适的话，我可以推动签字。",
                "采购部要看最终的合同文本。",
                "差不多了，你们还需要我们提供什么？",
                "上线时间我们实际一点谈。",
                "给我一个这周就定的理由。",
            ],
        ],
        objectionLines: [
            .price: "说实话，你们的价格比我们的预算高不少。",
            .need: "我不确定我们现在真的需要这个。",
            .timing: "这个季度不适合启动新项目。",
            .authority: "这件事我一个人定不了。",
            .trust: "之前有供应商也这么承诺过，结果很失望。",
            .competitor: "另一家报价比你们低，功能差不多。",
        ],
        signalLines: [
            .asksPrice: "大概要多少钱？",
            .asksDiscount: "价格上还有没有空间？",
            .asksDelivery: "最快什么时候能交付？",
            .asksPaymentTerms: "可以分期付款吗？",
            .asksAfterSales: "上线以后谁来支持我们？",
            .agreesBenefit: "这确实能省不少加班，我同意。",
            .leansForward: "你接着说。",
            .nods: "嗯，有道理。",
            .relaxes: "好，这下我放心了。",
            .opensHands: "行，那你说说在我们这儿怎么落地。",
        ],
        cues: ["对方往后一靠，双手抱在胸前。", "旁边的同事在记笔记。", "手机响了，对方没理。", "对方看了一眼时间。", "对方身体前倾。"],
        discover: [
            .budget: Answer(say: "这个项目的预算是怎么安排的？由谁审批？", match: ["预算怎么安排", "由谁审批"]),
            .timeline: Answer(say: "您希望什么时候上线？", match: ["什么时候上线"]),
            .decisionProcess: Answer(say: "决策流程是怎样的？还有哪些人参与？", match: ["决策流程", "哪些人参与"]),
            .competitor: Answer(say: "您还在看哪几家？", match: ["还在看哪几家"]),
            .need: Answer(say: "现在的流程每个月给您带来多少损失？", match: ["每个月", "多少损失"]),
            .canPay: Answer(say: "这笔钱已经列进计划了吗？", match: ["列进计划"]),
            .seesValue: Answer(say: "这些好处里，您团队最看重哪一条？", match: ["最看重哪一条"]),
            .kp: Answer(say: "最后是您来签字吗？", match: ["您来签字"]),
        ],
        advance: [
            .investigation: [
                Answer(say: "我带您看一个和您规模相当的案例现场。", match: ["案例现场", "规模相当"]),
                Answer(say: "我们可以用您自己的数据做两周试点。", match: ["两周试点", "自己的数据"]),
                Answer(say: "这是第三方实验室的检测报告。", match: ["检测报告", "第三方实验室"]),
            ],
            .growth: [
                Answer(say: "我们一起把投入产出一项项算清楚。", match: ["投入产出", "一项项算"]),
                Answer(say: "我按您的各个工厂排一个实施计划。", match: ["实施计划", "各个工厂"]),
                Answer(say: "回收期是十四个月，这是测算过程。", match: ["回收期", "十四个月"]),
            ],
            .maturity: [
                Answer(say: "我们把合同条款逐条过一遍。", match: ["合同条款", "逐条"]),
                Answer(say: "交货计划我今天就可以书面确认。", match: ["交货计划", "书面确认"]),
                Answer(say: "这是我们愿意写进合同的实施方案。", match: ["写进合同", "实施方案"]),
            ],
        ],
        rapport: [
            Answer(say: "您说得有道理，换了我也会这么问。", match: ["换了我也会", "说得有道理"]),
            Answer(say: "我确认一下我理解得对不对。", match: ["理解得对不对"]),
        ],
        handling: [
            .listen: Answer(say: "您具体说说。", match: ["具体说说"]),
            .acknowledge: Answer(say: "我理解您的顾虑。", match: ["理解您的顾虑"]),
            .explore: Answer(say: "您主要是拿我们和哪些方面比？", match: ["和哪些方面比"]),
            .respond: Answer(say: "这个风险我们这样帮您兜住。", match: ["帮您兜住", "这个风险"]),
            .argue: Answer(say: "恕我直言，您这个说法不对。", match: ["说法不对", "恕我直言"]),
            .concede: Answer(say: "那我们直接降价百分之十。", match: ["降价百分之十", "直接降价"]),
        ],
        closes: [
            .directRequest: Answer(say: "那我们今天把订单签了吧？", match: ["今天把订单签了"]),
            .assumptive: Answer(say: "我先把下个月第一周的安装队排上。", match: ["安装队排上", "下个月第一周"]),
            .benefitSummary: Answer(say: "调度更快、差错更少、一年回本，我们就这么定？", match: ["一年回本", "就这么定"]),
            .goWithFlow: Answer(say: "您看三月开工还是四月开工合适？", match: ["三月开工", "四月开工"]),
            .concession: Answer(say: "现在签的话，培训我们免费送。", match: ["培训免费", "现在签的话"]),
        ],
        push: Answer(say: "细节先不谈了，我们先把手续办了。", match: ["手续办了", "细节先不谈"]),
        concession: Answer(say: "我可以马上让五个点。", match: ["让五个点"]),
        feedback: (trap: "客户还没准备好就推进，会失去信任。", good: "很好：让客户自己说出需求。"),
        endings: [
            .signed: "客户当场签了订单。",
            .nextMeeting: "约好了向董事会汇报的日子。",
            .followUp: "客户说回头再联系。",
            .lost: "客户客气地送您出门。",
        ],
        company: "华北物流集团",
        truth: [
            .need: "yes", .canPay: "yes", .seesValue: "yes", .kp: "first",
            .budget: "今年已批48万", .timeline: "秋季旺季前上线",
            .decisionProcess: "信息部评估、运营部推荐、财务总监签字",
            .competitor: "现有供应商，续约报价更低",
        ])
}
