/// The talks of one recap as it is read, indexed by their speakers' names. Every sentence asks whether a
/// name it holds is a known speaker's ("Hugo a repris …", "Ines Roe, again, …"); scanning all the talks
/// for each made a long recap quadratic (an 8 MB recap took minutes). The index is kept by the subscript:
/// whatever changes a talk's speakers goes through it, so the index cannot fall behind.
struct TalkDrafts: RandomAccessCollection, MutableCollection {
    private var drafts: [TalkDraft] = []
    /// First word of a speaker's name → the talks (ascending) that had such a speaker when it was noted.
    /// A talk whose speakers were replaced since may still be listed: look-ups check each talk they return.
    private var byFirstName: [Substring: [Int]] = [:]
    /// A speaker's slug ("ines-roe") and each of its leading parts ("ines") → talks, as above.
    private var byKey: [String: [Int]] = [:]
    private var byKeyPrefix: [String: [Int]] = [:]
    private(set) var liveCount = 0

    var startIndex: Int { 0 }
    var endIndex: Int { drafts.count }

    subscript(index: Int) -> TalkDraft {
        get { drafts[index] }
        _modify {
            let keys = drafts[index].speakerKeys
            let wasLive = !drafts[index].discarded
            yield &drafts[index]
            noteChange(at: index, keys: keys, wasLive: wasLive)
        }
        set {
            let keys = drafts[index].speakerKeys
            let wasLive = !drafts[index].discarded
            drafts[index] = newValue
            noteChange(at: index, keys: keys, wasLive: wasLive)
        }
    }

    mutating func append(_ draft: TalkDraft) {
        drafts.append(draft)
        if !draft.discarded { liveCount += 1 }
        noteSpeakers(of: drafts.count - 1)
    }

    /// Hands the drafts over and forgets the index: finishing a recap needs the one without the other.
    mutating func removeAllDrafts() -> [TalkDraft] {
        byFirstName = [:]
        byKey = [:]
        byKeyPrefix = [:]
        liveCount = 0
        defer { drafts = [] }
        return drafts
    }

    /// The talks with a speaker whose name's first word is `firstName`: at most `limit` of them, lowest first.
    func talks(withFirstName firstName: Substring, limit: Int) -> [Int] {
        verified(byFirstName[firstName], limit: limit, fromEnd: false) { draft in
            draft.speakers.contains { $0.name.utf8.prefix { $0 != UInt8(ascii: " ") }.elementsEqual(firstName.utf8) }
        }
    }

    /// The last talk with a speaker of this slug.
    func lastTalk(withKey key: String) -> Int? {
        verified(byKey[key], limit: 1, fromEnd: true) { $0.speakerKeys.contains(key) }.first
    }

    /// The talks with a speaker whose slug starts with these parts ("fatima-zahra" for "fatima-zahra-idrissi").
    func talks(withKeyPrefix key: String, limit: Int) -> [Int] {
        let prefix = key + "-"
        return verified(byKeyPrefix[key], limit: limit, fromEnd: false) { draft in
            draft.speakerKeys.contains { $0.hasPrefix(prefix) }
        }
    }

    private func verified(_ candidates: [Int]?, limit: Int, fromEnd: Bool, _ matches: (TalkDraft) -> Bool) -> [Int] {
        guard let candidates else { return [] }
        var found: [Int] = []
        // Walked in place from either end: copying the list would cost its length at every look-up.
        var position = fromEnd ? candidates.count - 1 : 0
        while candidates.indices.contains(position), found.count < limit {
            if matches(drafts[candidates[position]]) { found.append(candidates[position]) }
            position += fromEnd ? -1 : 1
        }
        return found
    }

    private mutating func noteChange(at index: Int, keys: [String], wasLive: Bool) {
        let isLive = !drafts[index].discarded
        if isLive != wasLive { liveCount += isLive ? 1 : -1 }
        if drafts[index].speakerKeys != keys { noteSpeakers(of: index) }
    }

    private mutating func noteSpeakers(of index: Int) {
        for (speaker, key) in zip(drafts[index].speakers, drafts[index].speakerKeys) {
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
