/// Function characters and words: they carry no meaning on their own, so they add nothing as
/// single features and little inside an n-gram ("我们", "的话"), but they still join n-grams.
public enum StopWords {
    public static let chinese = "的了吗呢吧啊呀是我你他们这那个就也都和与在有把被给对说要会能可以很太还又之而及等着过么什怎哦嗯好行一吧您咱人下来去上到得地么"
    public static let english = [
        "a", "an", "the", "to", "of", "and", "or", "in", "on", "at", "for", "with", "is", "are", "was", "were", "be",
        "been", "it", "its", "this", "that", "these", "those", "i", "we", "you", "they", "he", "she", "me", "us", "our",
        "your", "my", "their", "his", "her", "do", "does", "did", "have", "has", "had", "will", "would", "can", "could",
        "should", "shall", "may", "might", "must", "so", "if", "then", "than", "as", "by", "from", "about", "into",
        "just", "also", "very", "really", "please", "well", "ok", "okay", "yes", "yeah", "um", "uh", "there", "here",
        "all", "any", "some", "more", "such", "only", "too", "again", "let", "lets", "let's", "get", "got", "go",
        "going", "think", "not", "no", "dont", "don't", "never", "cant", "cannot", "wont", "im", "we're", "were",
        "youre", "it's", "that's", "what", "which", "how", "mr", "ms", "mrs", "oh", "sure", "right", "like", "one",
        "bit", "now", "what's", "there's", "then", "but", "be", "am", "percent", "pct", "per", "cent",
    ]
}
