import Foundation

/// The words a thread has already made tokens of, by their UTF-8 bytes: a word's text, lowercase form,
/// lexicon classes and name test depend on its bytes alone, and recaps repeat their words (articles,
/// verbs, the city, the speakers' names), so each is worked out once and its strings shared. Making the
/// two strings and the look-ups afresh cost most of the tokenizer's time. Per thread, so that the
/// extraction workers share no lock; bounded, emptied when full, so a long run's memory stays flat.
/// Hand-written: a `Dictionary` would need the `String` key this exists to avoid making.
final class TokenVocabulary {
    struct Entry {
        let text: String
        let lower: String
        let classes: WordClasses
        let isNamePart: Bool
    }

    /// Entries kept before the vocabulary starts over.
    static let capacity = 1 << 15

    /// Open addressing over twice the capacity: each slot holds an entry index + 1, or 0 when empty.
    // Only the owning thread touches these (see `current`): the run-time exclusivity checks a class's
    // stored properties get at every access cost more than the look-up itself.
    @exclusivity(unchecked) private var slots = [Int32](repeating: 0, count: 2 * TokenVocabulary.capacity)
    @exclusivity(unchecked) private var keyBytes: [UInt8] = []
    @exclusivity(unchecked) private var keyStarts: [Int] = [0]
    @exclusivity(unchecked) private var entries: [Entry] = []

    var count: Int { entries.count }

    /// This thread's vocabulary.
    static var current: TokenVocabulary {
        if let pointer = pthread_getspecific(threadKey) {
            return Unmanaged<TokenVocabulary>.fromOpaque(pointer).takeUnretainedValue()
        }
        let vocabulary = TokenVocabulary()
        pthread_setspecific(threadKey, Unmanaged.passRetained(vocabulary).toOpaque())
        return vocabulary
    }

    private static let threadKey: pthread_key_t = {
        var key = pthread_key_t()
        pthread_key_create(&key) { pointer in
            if let pointer { Unmanaged<TokenVocabulary>.fromOpaque(pointer).release() }
        }
        return key
    }()

    /// FNV-1a over the bytes, fed one at a time as the tokenizer writes them.
    static let hashSeed: UInt64 = 0xCBF2_9CE4_8422_2325

    @inline(__always)
    static func hash(_ hash: UInt64, _ byte: UInt8) -> UInt64 {
        (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3
    }

    @inline(__always)
    static func finish(_ hash: UInt64) -> Int {
        Int(truncatingIfNeeded: hash ^ (hash >> 29))
    }

    func entry(_ bytes: UnsafeBufferPointer<UInt8>, hash: Int) -> Entry? {
        let mask = slots.count - 1
        var slot = hash & mask
        return keyBytes.withUnsafeBufferPointer { keys in
            while true {
                let index = Int(slots[slot]) - 1
                if index < 0 { return nil }
                let start = keyStarts[index], length = keyStarts[index + 1] - start
                if length == bytes.count, length == 0 || memcmp(keys.baseAddress! + start, bytes.baseAddress!, length) == 0 {
                    return entries[index]
                }
                slot = (slot + 1) & mask
            }
        }
    }

    func insert(_ entry: Entry, for bytes: UnsafeBufferPointer<UInt8>, hash: Int) {
        if entries.count == Self.capacity { removeAll() }
        let mask = slots.count - 1
        var slot = hash & mask
        while slots[slot] != 0 { slot = (slot + 1) & mask }
        entries.append(entry)
        slots[slot] = Int32(entries.count)
        keyBytes.append(contentsOf: bytes)
        keyStarts.append(keyBytes.count)
    }

    func removeAll() {
        for index in slots.indices { slots[index] = 0 }
        keyBytes.removeAll(keepingCapacity: true)
        keyStarts = [0]
        entries.removeAll(keepingCapacity: true)
    }
}
