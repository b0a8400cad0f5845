import Foundation

/// A fixed word list with a value per word, looked up on nearly every token. A `Dictionary` with `String`
/// keys hashes each word with SipHash over its normalized form (four hundred instructions a look-up); for
/// plain Latin text (`PlainLatinText`), where equal strings are equal bytes, this table hashes the UTF-8
/// bytes with FNV-1a and compares them with `memcmp`. Other words, and keys outside plain Latin, keep
/// the dictionary, so every answer is the dictionary's. Hand-written: no package here offers a byte-keyed
/// hash table.
struct WordTable<Value: Sendable>: Sendable {
    private let dictionary: [String: Value]
    /// Keys outside plain Latin, which a plain word must still be compared with the general way.
    private let otherKeys: [String: Value]
    private let index: ByteKeyIndex
    private let values: [Value]

    init(_ dictionary: [String: Value]) {
        self.dictionary = dictionary
        var other: [String: Value] = [:]
        var plain: [([UInt8], Value)] = []
        for (key, value) in dictionary {
            let utf8 = Array(key.utf8)
            if utf8.withUnsafeBufferPointer(PlainLatinText.isPlain) { plain.append((utf8, value)) } else { other[key] = value }
        }
        var index = ByteKeyIndex(capacity: plain.count)
        for (key, _) in plain {
            key.withUnsafeBufferPointer { index.insert($0, hash: ByteKeyIndex.hash($0)) }
        }
        self.index = index
        values = plain.map(\.1)
        otherKeys = other
    }

    subscript(word: String) -> Value? {
        let found = word.utf8.withContiguousStorageIfAvailable { bytes -> Value?? in
            PlainLatinText.isPlain(bytes) ? .some(plainValue(bytes)) : nil
        }
        guard let found, let plainAnswer = found else { return dictionary[word] }
        if let plainAnswer { return plainAnswer }
        return otherKeys.isEmpty ? nil : otherKeys[word]
    }

    /// The value of a word given as UTF-8 bytes.
    subscript(bytes bytes: UnsafeBufferPointer<UInt8>) -> Value? {
        guard PlainLatinText.isPlain(bytes) else { return dictionary[String(decoding: bytes, as: UTF8.self)] }
        if let value = plainValue(bytes) { return value }
        return otherKeys.isEmpty ? nil : otherKeys[String(decoding: bytes, as: UTF8.self)]
    }

    private func plainValue(_ bytes: UnsafeBufferPointer<UInt8>) -> Value? {
        index.entry(bytes, hash: ByteKeyIndex.hash(bytes)).map { values[$0] }
    }
}

/// A fixed set of words, looked up by bytes like `WordTable` (the rules ask these at every token; an
/// array literal there was built and compared word by word each time).
struct WordSet: Sendable, ExpressibleByArrayLiteral {
    private let table: WordTable<Bool>

    init(arrayLiteral words: String...) { self.init(words) }

    init<Words: Sequence<String>>(_ words: Words) {
        table = WordTable(Dictionary(words.map { ($0, true) }, uniquingKeysWith: { first, _ in first }))
    }

    func contains(_ word: String) -> Bool { table[word] ?? false }
}
