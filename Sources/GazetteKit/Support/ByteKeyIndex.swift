import Foundation

/// An open-addressing index of byte strings: each key gets the entry number it was inserted with, found
/// again by hashing its bytes with FNV-1a and comparing them with `memcmp`. Under `WordTable` (fixed
/// word lists) and `TokenVocabulary` (words met so far), which keep their values in arrays by entry
/// number. Hand-written: a `Dictionary` needs a `String` key, and making one is the cost these avoid.
struct ByteKeyIndex: Sendable {
    /// Each slot holds an entry number + 1, or 0 when empty; always at least twice the entries.
    private var slots: [Int32]
    private var keyBytes: [UInt8] = []
    private var keyStarts: [Int] = [0]

    init(capacity: Int) {
        var size = 16
        while size < capacity * 2 { size *= 2 }
        slots = [Int32](repeating: 0, count: size)
    }

    var count: Int { keyStarts.count - 1 }

    static let hashSeed: UInt64 = 0xCBF2_9CE4_8422_2325

    /// One byte more of the hash, for a caller that hashes bytes as it writes them.
    @inline(__always)
    static func hash(_ hash: UInt64, _ byte: UInt8) -> UInt64 {
        (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3
    }

    @inline(__always)
    static func finish(_ hash: UInt64) -> Int {
        Int(truncatingIfNeeded: hash ^ (hash >> 29))
    }

    static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
        var state = hashSeed
        for byte in bytes { state = hash(state, byte) }
        return finish(state)
    }

    /// The entry number of a key, given its `hash`.
    func entry(_ bytes: UnsafeBufferPointer<UInt8>, hash: Int) -> Int? {
        let mask = slots.count - 1
        var slot = hash & mask
        return keyBytes.withUnsafeBufferPointer { keys in
            while true {
                let entry = Int(slots[slot]) - 1
                if entry < 0 { return nil }
                let start = keyStarts[entry], length = keyStarts[entry + 1] - start
                if length == bytes.count, length == 0 || memcmp(keys.baseAddress! + start, bytes.baseAddress!, length) == 0 {
                    return entry
                }
                slot = (slot + 1) & mask
            }
        }
    }

    /// Adds a key not yet present (the caller looked) and returns its entry number. The caller keeps
    /// `count` within the capacity the index was made with.
    @discardableResult
    mutating func insert(_ bytes: UnsafeBufferPointer<UInt8>, hash: Int) -> Int {
        let mask = slots.count - 1
        var slot = hash & mask
        while slots[slot] != 0 { slot = (slot + 1) & mask }
        keyBytes.append(contentsOf: bytes)
        keyStarts.append(keyBytes.count)
        slots[slot] = Int32(count)
        return count - 1
    }

    mutating func removeAll() {
        for index in slots.indices { slots[index] = 0 }
        keyBytes.removeAll(keepingCapacity: true)
        keyStarts.removeAll(keepingCapacity: true)
        keyStarts.append(0)
    }
}
