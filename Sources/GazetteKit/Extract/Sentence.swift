/// A sentence of a paragraph: token and scalar ranges, so quotes and links can be related to it.
struct Sentence: Sendable {
    var tokens: Range<Int>
    var scalars: Range<Int>
}

/// Splits a paragraph's tokens into sentences. A period inside a quoted title or a link, after an
/// initial or an abbreviation, or before a lowercase word does not end a sentence.
enum SentenceSplitter {
    static func sentences(
        tokens: [Token], scalars: [Unicode.Scalar], quotes: [QuoteSpan], links: [InlineLink]
    ) -> [Sentence] {
        var sentences: [Sentence] = []
        var start = 0
        var index = 0
        while index < tokens.count {
            let token = tokens[index]
            if token.kind == .punctuation, terminals.contains(token.first),
               let end = sentenceEnd(after: index, tokens: tokens, quotes: quotes, links: links) {
                sentences.append(makeSentence(start..<end, tokens))
                start = end
                index = end
                continue
            }
            index += 1
        }
        if start < tokens.count { sentences.append(makeSentence(start..<tokens.count, tokens)) }
        return sentences
    }

    /// The token index where the next sentence starts, if the terminal at `index` ends one.
    private static func sentenceEnd(after index: Int, tokens: [Token], quotes: [QuoteSpan], links: [InlineLink]) -> Int? {
        let position = tokens[index].range.lowerBound
        var next = index + 1
        if let quote = enclosingQuote(position, quotes), quote.closed {
            // "native.’ Cloud", "Connect. » Sa": a period just before the closing mark ends the sentence with the quote.
            while next < tokens.count, tokens[next].range.lowerBound < quote.close {
                guard tokens[next].kind == .punctuation else { return nil }
                next += 1
            }
            guard next < tokens.count, tokens[next].range.lowerBound == quote.close else { return nil }
            next += 1
        }
        // Closing marks glued to the period belong to this sentence.
        while next < tokens.count, tokens[next].kind == .punctuation, !tokens[next].spaceBefore,
              trailing.contains(tokens[next].first) { next += 1 }
        guard next < tokens.count else { return tokens.count }
        let following = tokens[next]
        guard following.spaceBefore else { return nil }
        let startsAnew = following.isCapitalized || following.first.properties.numericType != nil
            || (following.kind == .punctuation && openers.contains(following.first))
        guard startsAnew else { return nil }
        for link in links where link.range.contains(position) && link.range.upperBound > position + 1 { return nil }
        if tokens[index].first == ".", index > 0 {
            let previous = tokens[index - 1]
            if previous.isWord && !tokens[index].spaceBefore {
                if previous.text.unicodeScalars.count == 1 && previous.isCapitalized { return nil }
                if abbreviations.contains(previous.lower) { return nil }
            }
        }
        return next
    }

    /// Quotes do not overlap and are in order: the one that may hold `position` is found by binary search.
    private static func enclosingQuote(_ position: Int, _ quotes: [QuoteSpan]) -> QuoteSpan? {
        var low = 0, high = quotes.count
        while low < high {
            let middle = (low + high) / 2
            if quotes[middle].open < position { low = middle + 1 } else { high = middle }
        }
        guard low > 0 else { return nil }
        let quote = quotes[low - 1]
        return quote.open < position && position < quote.close ? quote : nil
    }

    private static func makeSentence(_ range: Range<Int>, _ tokens: [Token]) -> Sentence {
        Sentence(tokens: range, scalars: tokens[range.lowerBound].range.lowerBound..<tokens[range.upperBound - 1].range.upperBound)
    }

    private static let terminals: Set<Unicode.Scalar> = [".", "!", "?", "…"]
    private static let trailing: Set<Unicode.Scalar> = ["»", "”", "’", "\"", "'", ")", "]"]
    private static let openers: Set<Unicode.Scalar> = ["«", "“", "‘", "\"", "'", "(", "»"]
    private static let abbreviations: Set<String> = [
        "mr", "mrs", "ms", "dr", "st", "ste", "mme", "mlle", "m", "vs", "e.g", "i.e", "cf", "prof", "jr", "sr", "no",
    ]
}
