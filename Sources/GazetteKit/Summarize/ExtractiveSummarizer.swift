/// One or two of a talk's own evidence sentences, chosen and shortened by deleting words: what the talk
/// was about, never the bare "X from Y presented «title»" line the issue already shows above it.
public struct ExtractiveSummarizer: Sendable {
    /// Newsletter blurbs past this length stop being read; platforms' previews cut near it too.
    public static let maximumLength = 300

    public init() {}

    public func summarize(_ talk: Talk, language: Language) -> String? {
        let lexicon = SummaryLexicon.of(language)
        let titles = [talk.title, talk.titleTranslation].compactMap { $0 }
        let compressor = SentenceCompressor(lexicon: lexicon, speakers: talk.speakers, titles: titles)
        let sentences = talk.evidence.map { $0.trimmingWhitespace() }.filter { !$0.isEmpty }
        guard !sentences.isEmpty else { return nil }

        let frame = frameVocabulary(talk, lexicon: lexicon)
        let introIsFrameOnly = topicWords(sentences[0], frame: frame).count < 4
        var topic = Set(titles.flatMap { topicWords($0, frame: lexicon.frameWords) })
        if topic.isEmpty { topic = Set(topicWords(sentences[0], frame: frame)) }

        var candidates: [Candidate] = []
        for (index, sentence) in sentences.enumerated() {
            if index == 0, introIsFrameOnly { continue }
            let text = compressor.compress(sentence)
            // The sentence's words once, for both vocabularies and the score: tokenizing is most of summarizing.
            let tokens = SummaryWords.tokens(text)
            let content = topicWords(tokens, frame: frame)
            guard !content.isEmpty else { continue }
            let words = topicWords(tokens, frame: lexicon.frameWords)
            candidates.append(Candidate(index: index, text: text,
                                        score: score(tokens, content: content, words: words, index: index, topic: topic,
                                                     titleQuoted: titles.contains { text.contains($0) }, lexicon: lexicon)))
        }
        guard let anchor = candidates.max(by: { $0.score < $1.score || ($0.score == $1.score && $0.index > $1.index) })
        else { return nil }

        // One sentence rarely says both what a talk was about and what it showed: take the better
        // neighbour too when both fit.
        var chosen = [anchor]
        let neighbours = candidates.filter {
            abs($0.index - anchor.index) == 1 && $0.score > 0
                && anchor.text.count + 1 + $0.text.count <= Self.maximumLength
        }
        if let neighbour = neighbours.max(by: { $0.score < $1.score }) {
            chosen = neighbour.index < anchor.index ? [neighbour, anchor] : [anchor, neighbour]
        }
        return Self.fit(chosen.map { Self.terminated($0.text) }.joined(separator: " "), limit: Self.maximumLength)
    }

    struct Candidate {
        var index: Int
        var text: String
        var score: Double
    }

    /// Topic words shared with the title count most, then how much a sentence says, then how early it
    /// comes (recaps describe a talk before they digress); logistics and leaning on the previous
    /// sentence count against it.
    private func score(_ tokens: [String], content: [String], words: [String], index: Int, topic: Set<String>,
                       titleQuoted: Bool, lexicon: SummaryLexicon) -> Double {
        // Quoting the title is not talking about its topic.
        let overlap = topic.isEmpty || titleQuoted
            ? 0 : Double(Set(words).intersection(topic).count) / Double(min(topic.count, 4))
        var score = 0.6 * min(overlap, 1) + min(Double(Set(content).count), 6) / 6 - 0.2 * Double(index)
        let logistics = tokens.filter(lexicon.logistics.contains).count
        score -= min(Double(logistics), 2) * 0.9
        if tokens.count < 6 { score -= 1 }
        // A sentence quoting the title is partly the speaker line; the introduction most of all.
        if titleQuoted { score -= 0.3 }
        if index == 0 { score -= titleQuoted ? 0.5 : 0.2 }
        if let first = tokens.first, lexicon.anaphora.contains(first), first != "il", first != "elle" { score -= 0.3 }
        return score
    }

    /// Words that cannot be a talk's topic: the speakers' names and affiliations, the titles, and the
    /// language's function words and presenting vocabulary.
    private func frameVocabulary(_ talk: Talk, lexicon: SummaryLexicon) -> Set<String> {
        var frame = lexicon.frameWords
        for speaker in talk.speakers {
            frame.formUnion(SummaryWords.tokens(speaker.name))
            if let affiliation = speaker.affiliation { frame.formUnion(SummaryWords.tokens(affiliation)) }
        }
        for title in [talk.title, talk.titleTranslation].compactMap({ $0 }) { frame.formUnion(SummaryWords.tokens(title)) }
        return frame
    }

    private func topicWords(_ text: String, frame: Set<String>) -> [String] {
        topicWords(SummaryWords.tokens(text), frame: frame)
    }

    private func topicWords(_ tokens: [String], frame: Set<String>) -> [String] {
        tokens.filter { $0.count > 1 && !frame.contains($0) }.map(SummaryWords.stem)
    }

    static func terminated(_ sentence: String) -> String {
        guard let last = sentence.last else { return sentence }
        return ".!?…»”\"’'".contains(last) ? sentence : sentence + "."
    }

    /// Cuts at the last clause boundary that fits, else at the last space: never inside a word. The
    /// ellipsis says words were left out; it adds none.
    public static func fit(_ text: String, limit: Int) -> String {
        guard text.count > limit else { return text }
        let characters = Array(text)
        let budget = limit - 1
        let boundaries: [String] = [", ", "; ", " : ", " – ", " — ", ": "]
        var cut: Int?
        for position in stride(from: budget, through: limit / 3, by: -1) {
            if boundaries.contains(where: { boundary in
                let end = position + boundary.count
                return end <= characters.count && String(characters[position..<end]) == boundary
            }) { cut = position; break }
        }
        if cut == nil {
            cut = (0..<budget).reversed().first { characters[$0].isWhitespace && $0 > 0 }
        }
        var kept = String(characters[..<(cut ?? budget)]).trimmingWhitespace()
        while let last = kept.last, ",;:–—".contains(last) { kept = String(kept.dropLast()).trimmingWhitespace() }
        return kept + "…"
    }
}
