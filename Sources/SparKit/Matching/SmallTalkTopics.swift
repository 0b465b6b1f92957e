/// The usual subjects of small talk: the weather, the journey, food and drink, family, sport,
/// holidays, the room. An answer that brings one up is about that, not about a choice that shares
/// other words with it ("great weather today" at "Great to hear… today"; "今天价格的事先不说，咱们
/// 聊聊足球"): it is never taken for a choice that does not itself speak of the subject.
enum SmallTalkTopics {
    static let chinese = ["天气", "下雨", "下雪", "降温", "好热", "好冷", "太热", "太冷", "空调", "窗户", "堵车", "停车", "高铁",
                          "飞机", "航班", "周末", "假期", "年假", "放假", "春节", "过年", "吃饭", "吃了吗", "午饭", "晚饭", "食堂",
                          "喝茶", "茶叶", "抽烟", "咖啡", "球赛", "足球", "篮球", "钓鱼", "高尔夫", "孩子", "老家", "高考",
                          "洗手间", "厕所", "充电器", "气色", "衣服", "手表", "办公室", "装修", "红烧肉"]
    static let english = ["weather", "rain", "raining", "sunny", "snow", "freezing", "traffic", "parking", "commute",
                          "weekend", "holiday", "holidays", "vacation", "lunch", "dinner", "breakfast", "starving", "coffee",
                          "mug", "football", "soccer", "golf", "kids", "children", "wife", "husband", "shoes",
                          "plants", "view", "logo", "bathroom", "restroom", "toilet", "wifi", "laptop", "party", "cafe"]
}
