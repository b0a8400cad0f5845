import Foundation

/// A talk's sentences, in order, kept end to end in one string, separated by U+001F (the unit separator);
/// `count` tells no sentence from one empty sentence. A long recap gives tens of thousands of talks a few
/// sentences each: an array of strings cost one allocation a sentence and one for the array, about twice
/// the text itself, and was the largest part of extraction's peak memory on a 50 MB recap. Reads like an
/// array of strings.
public struct SentenceList: Sendable, Equatable, Collection, ExpressibleByArrayLiteral, Codable {
    /// The unit separator cannot be typed, and text blocks never hold controls; one inside a sentence
    /// given by a caller becomes a space rather than a sentence break.
    private static let separator: Unicode.Scalar = "\u{1F}"
    private var storage = ""
    public private(set) var count = 0

    public init() {}

    public init<S: Sequence>(_ sentences: S) where S.Element == String {
        for sentence in sentences { append(sentence) }
    }

    public init(arrayLiteral sentences: String...) { self.init(sentences) }

    public mutating func append(_ sentence: String) {
        // A first sentence is kept as it is, without a copy.
        storage = count == 0 ? Self.cleaned(sentence) : Self.concatenated(storage, Self.separatorText, Self.cleaned(sentence))
        count += 1
    }

    /// Puts a sentence before the others.
    public mutating func prepend(_ sentence: String) {
        storage = count == 0 ? Self.cleaned(sentence) : Self.concatenated(Self.cleaned(sentence), Self.separatorText, storage)
        count += 1
    }

    private static let separatorText = "\u{1F}"

    /// Three strings end to end in a fresh string sized to them: one grown in place doubles its room
    /// (`reserveCapacity` on a string with room too), and that spare room, over every talk of a long recap,
    /// came to a third of the evidence. Appended as strings, not bytes, so the text is not validated again.
    private static func concatenated(_ first: String, _ second: String, _ third: String) -> String {
        var joined = ""
        joined.reserveCapacity(first.utf8.count + second.utf8.count + third.utf8.count)
        joined.append(first)
        joined.append(second)
        joined.append(third)
        return joined
    }

    private static func cleaned(_ sentence: String) -> String {
        var bytes = sentence
        guard bytes.withUTF8({ utf8 in utf8.baseAddress.flatMap { memchr($0, Int32(separatorByte), utf8.count) } }) != nil else {
            return sentence
        }
        return String(String.UnicodeScalarView(sentence.unicodeScalars.map { $0 == separator ? " " : $0 }))
    }

    private static let separatorByte = UInt8(ascii: "\u{1F}")

    /// The sentences' bytes, for scans that run over a buffer rather than through String's generic indices.
    private func withBytes<Result>(_ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        var contiguous = storage
        return contiguous.withUTF8(body)
    }

    // MARK: Collection: positions are byte offsets where sentences start

    public struct Index: Comparable, Sendable {
        fileprivate let offset: Int
        public static func < (left: Index, right: Index) -> Bool { left.offset < right.offset }
    }

    /// The end is one past the last sentence's end, as if a separator closed it: a last sentence that is
    /// empty still has a position of its own.
    public var startIndex: Index { count == 0 ? endIndex : Index(offset: 0) }
    public var endIndex: Index { Index(offset: storage.utf8.count + 1) }
    public var isEmpty: Bool { count == 0 }

    public subscript(position: Index) -> String {
        withBytes { bytes in
            let end = Self.end(in: bytes, from: position.offset)
            return String(decoding: UnsafeBufferPointer(rebasing: bytes[position.offset..<end]), as: UTF8.self)
        }
    }

    public func index(after position: Index) -> Index {
        Index(offset: withBytes { Self.end(in: $0, from: position.offset) } + 1)
    }

    /// Reads each sentence once, where the collection's subscript and `index(after:)` would each find its end.
    public struct Iterator: IteratorProtocol {
        fileprivate let list: SentenceList
        fileprivate var offset = 0
        fileprivate var remaining: Int

        public mutating func next() -> String? {
            guard remaining > 0 else { return nil }
            remaining -= 1
            let start = offset
            return list.withBytes { bytes in
                let end = SentenceList.end(in: bytes, from: start)
                offset = end + 1
                return String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
            }
        }
    }

    public func makeIterator() -> Iterator { Iterator(list: self, remaining: count) }

    /// Where the sentence starting at `start` ends: the next separator (a single byte in UTF-8), or the text's end.
    private static func end(in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        guard let base = bytes.baseAddress, start < bytes.count,
              let found = memchr(base + start, Int32(separatorByte), bytes.count - start) else { return bytes.count }
        return base.distance(to: found.assumingMemoryBound(to: UInt8.self))
    }

    /// Whether one of the sentences is `sentence`, compared by bytes where both are plain Latin text (where
    /// bytes and Unicode equality agree) and as strings otherwise; no String is made of the others.
    public func contains(_ sentence: String) -> Bool {
        var query = sentence
        return query.withUTF8 { wanted in
            let wantedIsPlain = PlainLatinText.isPlain(wanted)
            var found = false
            forEachSentenceBytes { bytes in
                guard !found else { return }
                if bytes.count == wanted.count, bytes.isEmpty || memcmp(bytes.baseAddress!, wanted.baseAddress!, bytes.count) == 0 {
                    found = true
                } else if !wantedIsPlain || !PlainLatinText.isPlain(bytes) {
                    found = String(decoding: bytes, as: UTF8.self) == sentence
                }
            }
            return found
        }
    }

    /// Hands each sentence's UTF-8 bytes to `body`, for writers that need no String of them.
    func forEachSentenceBytes(_ body: (UnsafeBufferPointer<UInt8>) -> Void) {
        withBytes { bytes in
            var start = 0
            for _ in 0..<count {
                let end = Self.end(in: bytes, from: start)
                body(UnsafeBufferPointer(rebasing: bytes[start..<end]))
                start = end + 1
            }
        }
    }

    // MARK: Codable, as the array of strings it stands for

    public init(from decoder: Decoder) throws {
        self.init(try [String](from: decoder))
    }

    public func encode(to encoder: Encoder) throws {
        try Array(self).encode(to: encoder)
    }
}
