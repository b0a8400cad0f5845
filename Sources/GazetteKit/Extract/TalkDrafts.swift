/// The talks of one recap as it is read, indexed by their speakers' names. Every sentence asks whether a
/// name it holds is a known speaker's ("Hugo a repris …", "Ines Roe, again, …"); scanning all the talks
/// for each made a long recap quadratic (an 8 MB recap took minutes). The index is kept by the subscript:
/// whatever changes a talk's speakers goes through it, so the index cannot fall behind.
struct TalkDrafts: RandomAccessCollection, MutableCollection {
    /// The drafts in fixed-size chunks rather than one array: a growing array doubles, and at each doubling
    /// held its old and new buffers at once (on a 50 MB recap, tens of megabytes); finishing lets each
    /// chunk go as its talks are made.
    private var chunks: [[TalkDraft]] = []
    private static let chunkBits = 11
    private static let chunkMask = (1 << chunkBits) - 1
    private var storedCount = 0
    /// First word of a speaker's name → the talks (ascending) that had such a speaker when it was noted.
    /// A talk whose speakers were replaced since may still be listed: look-ups check each talk they return.
    private var byFirstName: [Substring: [Int]] = [:]
    /// A speaker's slug ("ines-roe") and each of its leading parts ("ines") → talks, as above.
    private var byKey: [String: [Int]] = [:]
    private var byKeyPrefix: [String: [Int]] = [:]
    private(set) var liveCount = 0
    /// A recap of a few talks is scanned: keeping three dictionaries of names up to date cost more than the
    /// look-ups it saved (about 4% of `gazette talks` on ordinary recaps). Past this many drafts they are indexed.
    private static let scanLimit = 24
    private var isIndexed = false

    var startIndex: Int { 0 }
    var endIndex: Int { storedCount }

    subscript(index: Int) -> TalkDraft {
        // Read in place: look-ups check many drafts, and a copy of one retains each of its fields.
        _read { yield chunks[index >> Self.chunkBits][index & Self.chunkMask] }
        _modify {
            let keys = self[index].speakerKeys
            let wasLive = !self[index].discarded
            yield &chunks[index >> Self.chunkBits][index & Self.chunkMask]
            noteChange(at: index, keys: keys, wasLive: wasLive)
        }
        set {
            let keys = self[index].speakerKeys
            let wasLive = !self[index].discarded
            chunks[index >> Self.chunkBits][index & Self.chunkMask] = newValue
            noteChange(at: index, keys: keys, wasLive: wasLive)
        }
    }

    mutating func append(_ draft: TalkDraft) {
        if storedCount & Self.chunkMask == 0 { chunks.append([]) }
        chunks[chunks.count - 1].append(draft)
        storedCount += 1
        if !draft.discarded { liveCount += 1 }
        if isIndexed {
            noteSpeakers(of: storedCount - 1)
        } else if storedCount > Self.scanLimit {
            isIndexed = true
            for index in 0..<storedCount { noteSpeakers(of: index) }
        }
    }

    /// Lets the speaker index go, before finishing allocates the talks: the drafts are only handed over then.
    mutating func forgetIndex() {
        isIndexed = false
        byFirstName = [:]
        byKey = [:]
        byKeyPrefix = [:]
        liveCount = 0
    }

    /// Hands the drafts over in order, forgetting the index first and each chunk once it is handed over:
    /// finishing a recap holds its talks and at most one chunk of drafts.
    mutating func removeAll(handingEachTo body: (TalkDraft) -> Void) {
        forgetIndex()
        storedCount = 0
        for slot in chunks.indices {
            let chunk = chunks[slot]
            chunks[slot] = []
            for draft in chunk { body(draft) }
        }
        chunks = []
    }

    /// The talks with a speaker whose name's first word is `firstName`: at most `limit` of them, lowest first.
    func talks(withFirstName firstName: Substring, limit: Int) -> [Int] {
        verified(byFirstName[firstName], limit: limit, fromEnd: false) { draft in
            draft.speakers.contains { $0.name.utf8.prefix { $0 != UInt8(ascii: " ") }.elementsEqual(firstName.utf8) }
        }
    }

    /// The last talk with a speaker of this slug.
    func lastTalk(withKey key: String) -> Int? {
        verified(byKey[key], limit: 1, fromEnd: true) { $0.hasSpeakerKey(key) }.first
    }

    /// The talks with a speaker whose slug starts with these parts ("fatima-zahra" for "fatima-zahra-idrissi").
    func talks(withKeyPrefix key: String, limit: Int) -> [Int] {
        let prefix = key + "-"
        return verified(byKeyPrefix[key], limit: limit, fromEnd: false) { draft in
            draft.hasSpeakerKey(prefixedBy: prefix)
        }
    }

    private func verified(_ candidates: [Int]?, limit: Int, fromEnd: Bool, _ matches: (borrowing TalkDraft) -> Bool) -> [Int] {
        guard isIndexed else { return scanned(limit: limit, fromEnd: fromEnd, matches) }
        guard let candidates else { return [] }
        var found: [Int] = []
        // Walked in place from either end: copying the list would cost its length at every look-up.
        var position = fromEnd ? candidates.count - 1 : 0
        while candidates.indices.contains(position), found.count < limit {
            if matches(self[candidates[position]]) { found.append(candidates[position]) }
            position += fromEnd ? -1 : 1
        }
        return found
    }

    /// Every draft checked in order, as the index's candidates are.
    private func scanned(limit: Int, fromEnd: Bool, _ matches: (borrowing TalkDraft) -> Bool) -> [Int] {
        var found: [Int] = []
        var position = fromEnd ? storedCount - 1 : 0
        while position >= 0, position < storedCount, found.count < limit {
            if matches(self[position]) { found.append(position) }
            position += fromEnd ? -1 : 1
        }
        return found
    }

    private mutating func noteChange(at index: Int, keys: String, wasLive: Bool) {
        let isLive = !self[index].discarded
        if isLive != wasLive { liveCount += isLive ? 1 : -1 }
        if isIndexed, self[index].speakerKeys != keys { noteSpeakers(of: index) }
    }

    private mutating func noteSpeakers(of index: Int) {
        let draft = self[index]
        // Split on the separator's byte: the slugs are ASCII, and a String split walks Characters.
        var joinedKeys = draft.speakerKeys
        let keys = draft.speakers.count == 1 ? [joinedKeys] : joinedKeys.withUTF8 { bytes in
            bytes.split(separator: UInt8(ascii: " "), omittingEmptySubsequences: false)
                .map { String(decoding: UnsafeBufferPointer(rebasing: $0), as: UTF8.self) }
        }
        for (speaker, key) in zip(draft.speakers, keys) {
            // Cut at the first space byte, as `talks(withFirstName:)` compares.
            let firstName = Substring(speaker.name.utf8.prefix { $0 != UInt8(ascii: " ") })
            Self.insert(index, into: &byFirstName[firstName, default: []])
            Self.insert(index, into: &byKey[key, default: []])
            // Slugs are ASCII: their bytes are walked back, not their Characters (a grapheme break test a step).
            var parts = key.utf8[...]
            while let dash = parts.lastIndex(of: UInt8(ascii: "-")) {
                parts = parts[..<dash]
                Self.insert(index, into: &byKeyPrefix[String(decoding: parts, as: UTF8.self), default: []])
            }
        }
    }

    /// Keeps the list ascending and without repeats; talks are nearly always noted in order, at the end.
    private static func insert(_ index: Int, into list: inout [Int]) {
        guard let last = list.last, last >= index else { return list.append(index) }
        if last == index { return }
        var low = 0, high = list.count
        while low < high {
            let middle = (low + high) / 2
            if list[middle] < index { low = middle + 1 } else { high = middle }
        }
        if list[low] != index { list.insert(index, at: low) }
    }
}
