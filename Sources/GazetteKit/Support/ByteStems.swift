/// Whether a text holds one of a few lowercase stems, ASCII letters folded: a gate that lets a rule skip building a
/// `Paragraph` (tokens, sentences, quotes) for the many blocks that cannot match. A stem with letters outside ASCII
/// is compared byte for byte as written.
struct ByteStems: Sendable {
    private let stems: [[UInt8]]

    init(_ stems: [String]) { self.stems = stems.map { Array($0.utf8) } }

    func occur(in text: String, prefix limit: Int = .max) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            let count = min(bytes.count, limit)
            guard count > 0 else { return false }
            for stem in stems where stem.count <= count {
                let first = stem[0]
                var index = 0
                while index + stem.count <= count {
                    if asciiLower(bytes[index]) == first {
                        var offset = 1
                        while offset < stem.count, asciiLower(bytes[index + offset]) == stem[offset] { offset += 1 }
                        if offset == stem.count { return true }
                    }
                    index += 1
                }
            }
            return false
        }
    }
}
