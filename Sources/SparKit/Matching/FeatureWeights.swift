/// How much each kind of feature counts. A synonym concept or an English content word is worth
/// about one Chinese character bigram; single characters count little (too many words share
/// them), stop characters and words next to nothing.
enum FeatureWeights {
    static let hanUnigram: Float = 0.25
    static let concept: Float = 2.0
    static let word: Float = 1.0
    static let number: Float = 1.2
    static let hanBigram: Float = 1.0
    static let hanBigramOneStop: Float = 0.5
    static let hanBigramBothStop: Float = 0.1
    /// A homophone slip keeps the sound: 保价 and 报价 share the pinyin bigram "bao jia".
    static let pinyinBigram: Float = 0.4
    static let conceptBigram: Float = 0.6
    static let wordBigram: Float = 0.5
    static let wordBigramStop: Float = 0.2
    static let mixedBigram: Float = 0.3
}
