/// Characters trainees often type for one another (same sound, wrong pick in the input method):
/// each is folded onto one form on both sides of a match, so a slip costs nothing.
enum HomophoneFolding {
    /// (typed, folded) pairs.
    static let pairs: [(Character, Character)] = [
        ("得", "的"), ("地", "的"), ("再", "在"), ("哪", "那"), ("她", "他"), ("它", "他"),
        ("作", "做"), ("象", "像"), ("帐", "账"), ("订", "定"), ("须", "需"), ("已", "以"),
        ("抱", "报"), ("即", "既"), ("份", "分"), ("坐", "座"), ("候", "后"), ("带", "代"),
        ("嘛", "吗"), ("呐", "呢"), ("啦", "了"), ("咱", "我"), ("俺", "我"),
    ]
}
