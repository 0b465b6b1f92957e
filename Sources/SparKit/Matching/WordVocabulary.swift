/// English words (stemmed) seen in a scenario's choices and the lexicon, as small integer ids.
/// Built once per scenario; answers only look words up.
struct WordVocabulary: Sendable {
    private var ids: [String: UInt32] = [:]
    private var words: [String] = []

    mutating func intern(_ word: String) -> UInt32 {
        if let id = ids[word] { return id }
        let id = TokenKind.word.id(UInt32(words.count))
        ids[word] = id
        words.append(word)
        return id
    }

    func id(of word: String) -> UInt32? { ids[word] }
}
