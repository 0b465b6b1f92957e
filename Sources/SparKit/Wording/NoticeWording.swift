import SalesMethod

extension Wording {
    /// A short system message.
    public func notice(_ notice: Notice) -> String {
        switch notice {
        case .emptyInput:
            t("请输入回答、选项编号或 /help。", "Type an answer, a choice number or /help.")
        case .unknownCommand(let command):
            t("未知命令 \(command)，输入 /help 查看命令。", "Unknown command \(command); /help lists the commands.")
        case .numberOutOfRange(let n, let max):
            t("没有选项 \(n)：请输入 1–\(max)。", "There is no choice \(n): type 1–\(max).")
        case .typeYourAnswerInExam:
            t("考试模式不显示选项：请用自己的话回答客户。", "Exam mode shows no choices: answer the customer in your own words.")
        case .notInExam(let command):
            t("考试模式不能使用 \(command)。", "\(command) is not available in exam mode.")
        case .nothingToUndo:
            t("已经是第一步，无法回退。", "Nothing to go back to.")
        case .wentBack:
            t("已回退一步。", "Went back one turn.")
        case .restarted:
            t("已重新开始，笔记保留。", "Restarted from the beginning; your notes are kept.")
        case .noteSaved:
            t("笔记已记录。", "Note saved.")
        case .classifyFormat:
            t("请给出客户类别和理由，例如：B 第二KP 有需求 有购买能力 认可产品价值（不确定可答“未知”）",
              "Give the class and your reasons, e.g.: B second KP, has a need, can pay, sees value (or “unknown”)")
        case .mapFormat(let example):
            t("格式：/map 联系人 角色 态度 沟通类型，例如 /map \(example) 批准者 中立者 控制型",
              "Format: /map CONTACT ROLE ATTITUDE STYLE, e.g. /map \(example) approver neutral driver")
        case .unreadWords(let unread, let allowed):
            t("没看懂：\(list(Self.fewShort(unread)))。这一步还没计分，请用这些词再答一次：\(list(allowed))",
              "Not understood: \(list(Self.fewShort(unread))). Nothing is scored yet; answer again with these words: \(list(allowed))")
        case .missingAnswer(let missing):
            missingAnswer(missing)
        case .whichOneOf(let numbers):
            t("是哪一个？请输入编号（\(list(numbers.map(String.init)))），或换个说法。",
              "Which one? Type its number (\(list(numbers.map(String.init)))), or say it another way.")
        case .sayItAnotherWay:
            t("好的，那请换个说法，说清楚你的意思。", "All right: say it another way, in your own words.")
        case .unknownContact(let name):
            t("没有这位联系人：\(name)", "No such contact: \(name)")
        case .mapSkipped(let contact):
            t("跳过了\(contact.name)。", "Skipped \(contact.name).")
        case .practiceClassificationNotScored:
            t("（随时分类只作练习反馈，不计分；检查点上的分类才计分）",
              "(a classification outside a checkpoint is feedback only; checkpoints are scored)")
        case .classificationRecorded:
            t("已记录你的判断，成绩单上见分晓。", "Your classification is recorded; the scorecard will tell.")
        case .alreadyEnded:
            t("会谈已经结束。输入 /restart 重新开始，或 /quit 离开。", "The meeting is over. /restart to play again, /quit to leave.")
        case .timeUp:
            t("会谈时间到了，客户要去开下一个会。", "Time is up: the customer has another meeting.")
        case .stalled:
            t("谈话陷入僵局，客户结束了会谈。", "The conversation stalls and the customer ends the meeting.")
        case .noSponsor:
            t("没有赞助者就没有成交：客户内部没人推动，签约落空。",
              "No sponsor, no sale: nobody inside pushes the deal, so it does not sign.")
        case .joined(let contact):
            t("\(contact.displayName(language))加入了会谈。", "\(contact.displayName(language)) joins the meeting.")
        case .inputShortened(let limit):
            t("输入太长：只读取了前 \(limit) 个字符。", "That was long: only the first \(limit) characters were read.")
        }
    }

    /// A pasted page must not come back as a page: a few words, each cut short.
    static func fewShort(_ words: [String]) -> [String] {
        words.prefix(5).map { $0.count > 20 ? String($0.prefix(20)) + "…" : $0 } + (words.count > 5 ? ["…"] : [])
    }

    /// The customer's puzzlement at an answer that was not understood: what kind of answer is
    /// missing, never which one.
    public func missingAnswer(_ missing: MissingAnswer) -> String {
        switch missing {
        case .getToThePoint:
            t("（客户点点头，等你说正事：你想问什么，或想做什么？）",
              "(They nod and wait for you to get to the point: what do you want to ask or do?)")
        case .sayMore:
            t("（只有一个词，客户不知道你具体指什么：请把话说完整。）",
              "(One word is not enough for them to know what you mean: say it as a full sentence.)")
        case .oneThingAtATime:
            t("（你一下说了好几件事，客户不知道你到底要哪个：一次说一件。）",
              "(You said several things at once; they cannot tell which you mean: one thing at a time.)")
        case .answerTheQuestion:
            t("（客户刚问了你一个问题，还在等你正面回答。）",
              "(They asked you a question and are still waiting for a direct answer.)")
        case .respondToWhatWasSaid:
            t("（客户没听出这和他刚才说的有什么关系：先回应他的话。）",
              "(They do not see how that takes up what they just said: respond to it first.)")
        }
    }
}
