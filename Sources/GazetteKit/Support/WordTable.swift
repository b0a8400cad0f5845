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
    /// Open addressing: each slot holds an entry index + 1, or 0 when empty.
    private let slots: [Int32]
    private let mask: Int
    private let keyBytes: [UInt8]
    private let keyStarts: [Int]
    private let values: [Value]

    init(_ dictionary: [String: Value]) {
        self.dictionary = dictionary
        var other: [String: Value] = [:]
        var bytes: [UInt8] = []
        var starts: [Int] = [0]
        var values: [Value] = []
        for (key, value) in dictionary {
            let utf8 = Array(key.utf8)
            guard utf8.withUnsafeBufferPointer(PlainLatinText.isPlain) else {
                other[key] = value
                continue
            }
            bytes += utf8
            starts.append(bytes.count)
            values.append(value)
        }
        var capacity = 16
        while capacity < values.count * 2 { capacity *= 2 }
        var slots = [Int32](repeating: 0, count: capacity)
        for entry in values.indices {
            var slot = bytes[starts[entry]..<starts[entry + 1]].withUnsafeBufferPointer { Self.hash($0) } & (capacity - 1)
            while slots[slot] != 0 { slot = (slot + 1) & (capacity - 1) }
            slots[slot] = Int32(entry + 1)
        }
        self.slots = slots
        mask = capacity - 1
        keyBytes = bytes
        keyStarts = starts
        self.values = values
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
        var slot = Self.hash(bytes) & mask
        return keyBytes.withUnsafeBufferPointer { keys in
            while true {
                let entry = Int(slots[slot]) - 1
                if entry < 0 { return nil }
                let start = keyStarts[entry], length = keyStarts[entry + 1] - start
                if length == bytes.count, length == 0 || memcmp(keys.baseAddress! + start, bytes.baseAddress!, length) == 0 {
                    return values[entry]
                }
                slot = (slot + 1) & mask
            }
        }
    }

    private static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for byte in bytes {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01B3
        }
        return Int(truncatingIfNeeded: hash ^ (hash >> 29))
    }
}

/// A fixed set of words, looked up by bytes like `WordTable` (the rules ask these at every token; an
/// array literal there was built and compared word by word each time).
struct WordSet: Sendable, ExpressibleByArrayLiteral {
    private let table: WordTable<Bool>

    init(arrayLiteral words: String...) {
        table = WordTable(Dictionary(words.map { ($0, true) }, uniquingKeysWith: { first, _ in first }))
    }

    func contains(_ word: String) -> Bool { table[word] ?? false }
}
