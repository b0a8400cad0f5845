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

    // Only the owning thread touches these (see `current`): the run-time exclusivity checks a class's
    // stored properties get at every access cost more than the look-up itself.
    @exclusivity(unchecked) private var index = ByteKeyIndex(capacity: TokenVocabulary.capacity)
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

    func entry(_ bytes: UnsafeBufferPointer<UInt8>, hash: Int) -> Entry? {
        index.entry(bytes, hash: hash).map { entries[$0] }
    }

    func insert(_ entry: Entry, for bytes: UnsafeBufferPointer<UInt8>, hash: Int) {
        if entries.count == Self.capacity { removeAll() }
        index.insert(bytes, hash: hash)
        entries.append(entry)
    }

    func removeAll() {
        index.removeAll()
        entries.removeAll(keepingCapacity: true)
    }
}
