/// Text shaping shared by the renderers: folding to one line, wrapping, shortening at word boundaries.
enum TextShaping {
    /// Line breaks and runs of white space become one space: a title with a line break must not break
    /// a social post's layout or a heading's underline.
    static func folded(_ text: String) -> String {
        // UTF-8 bytes into one buffer: appending to a String's scalar view one scalar at a time was a tenth
        // of a year's compose (every summary, title and name of every social post goes through here).
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count)
        var pendingSpace = false
        for scalar in text.unicodeScalars {
            if scalar.isWhitespaceFast || scalar == "\u{2028}" || scalar == "\u{2029}" || scalar == "\u{85}" {
                pendingSpace = true
                continue
            }
            if pendingSpace, !bytes.isEmpty { bytes.append(32) }
            pendingSpace = false
            if scalar.isASCII { bytes.append(UInt8(scalar.value)) } else { UTF8.encode(scalar) { bytes.append($0) } }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Greedy wrap at `width` characters; a word longer than the width (a URL) keeps its own line whole.
    static func wrapped(_ text: String, width: Int, indent: String = "") -> String {
        var folded = folded(text)
        // French and English text is plain Latin, where every scalar is a grapheme of its own: widths are then
        // counted on the bytes (the text parts of a year's editions wrap tens of thousands of summaries).
        if let plain = folded.withUTF8({ PlainLatinText.isPlain($0) ? wrappedPlain($0, width: width, indent: indent) : nil }) {
            return plain
        }
        // Widths are counted once a word and carried along: `String.count` walks the graphemes, and asking
        // it of the growing line at each word was most of the wrapping of a year's text editions.
        let room = width - indent.count
        var output = ""
        var line = ""
        var lineWidth = 0
        for word in folded.split(separator: " ") {
            let wordWidth = word.count
            if line.isEmpty {
                line = String(word)
                lineWidth = wordWidth
            } else if lineWidth + 1 + wordWidth <= room {
                line += " "
                line += word
                lineWidth += 1 + wordWidth
            } else {
                if !output.isEmpty { output += "\n" }
                output += indent
                output += line
                line = String(word)
                lineWidth = wordWidth
            }
        }
        if !line.isEmpty {
            if !output.isEmpty { output += "\n" }
            output += indent
            output += line
        }
        return output
    }

    /// `wrapped` for folded plain Latin text (single spaces, none at either end): a word's width is its
    /// count of scalars, the bytes that do not continue a UTF-8 sequence.
    private static func wrappedPlain(_ bytes: UnsafeBufferPointer<UInt8>, width: Int, indent: String) -> String {
        let room = width - indent.count
        let indentBytes = Array(indent.utf8)
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count + bytes.count / 8 + indentBytes.count + 8)
        var lineWidth = 0
        var index = 0
        while index < bytes.count {
            var end = index
            var wordWidth = 0
            while end < bytes.count, bytes[end] != 0x20 {
                if bytes[end] & 0xC0 != 0x80 { wordWidth += 1 }
                end += 1
            }
            let word = UnsafeBufferPointer(rebasing: bytes[index..<end])
            if output.isEmpty || lineWidth + 1 + wordWidth > room {
                if !output.isEmpty { output.append(0x0A) }
                output.append(contentsOf: indentBytes)
                lineWidth = wordWidth
            } else {
                output.append(0x20)
                lineWidth += 1 + wordWidth
            }
            output.append(contentsOf: word)
            index = end + 1
        }
        return String(decoding: output, as: UTF8.self)
    }

    /// An underline as wide as the heading as a reader sees it (graphemes, not bytes).
    static func underline(_ heading: String, with character: Character) -> String {
        String(repeating: character, count: max(3, heading.count))
    }

    /// The longest prefix ending at a word boundary, followed by "…", that `fits`; nil when not even
    /// one word fits. Never cuts inside a word.
    static func shortened(_ text: String, fits: (String) -> Bool) -> String? {
        let words = folded(text).split(separator: " ")
        func candidate(_ count: Int) -> String {
            var candidate = words[..<count].joined(separator: " ")
            while let last = candidate.last, ",;:—–-(".contains(last) || last == " " { candidate.removeLast() }
            return candidate + "…"
        }
        guard words.count > 1, let count = largest(in: 1...(words.count - 1), fits: { fits(candidate($0)) }) else { return nil }
        return candidate(count)
    }

    /// The largest value in `range` that `fits`, nil when none does, by halving: `fits` must hold for
    /// every value below one that fits (a shorter text never fits worse).
    static func largest(in range: ClosedRange<Int>, fits: (Int) -> Bool) -> Int? {
        var low = range.lowerBound, high = range.upperBound, best: Int?
        while low <= high {
            let middle = (low + high) / 2
            if fits(middle) {
                best = middle
                low = middle + 1
            } else {
                high = middle - 1
            }
        }
        return best
    }
}
