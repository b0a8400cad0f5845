/// Lines up the talks of an event's French and English recaps. Speakers are the anchor: titles are often
/// translated or missing in one language, while a speaker's name is written the same in both.
public struct TalkAligner: Sendable {
    public init() {}

    /// The French talks in their order, each with its English version when one was found, then the English
    /// talks left over in theirs.
    public func align(french: [Talk], english: [Talk]) -> [EventTalk] {
        let partner = match(french, english)
        var taken = [Bool](repeating: false, count: english.count)
        var result: [EventTalk] = []
        result.reserveCapacity(french.count + english.count)
        for (index, talk) in french.enumerated() {
            var versions: [Language: Talk] = [.fr: talk]
            if let other = partner[index] {
                versions[.en] = english[other]
                taken[other] = true
            }
            result.append(EventTalk(id: talk.id, versions: versions))
        }
        for (index, talk) in english.enumerated() where !taken[index] {
            result.append(EventTalk(id: talk.id, versions: [.en: talk]))
        }
        return result
    }

    /// For each French talk, the English talk it is, if any.
    func match(_ french: [Talk], _ english: [Talk]) -> [Int?] {
        var partner = [Int?](repeating: nil, count: french.count)
        var taken = [Bool](repeating: false, count: english.count)
        let frenchSpeakers = french.map { Set($0.speakers.map { NameKey.speaker($0.name) }) }
        let englishSpeakers = english.map { Set($0.speakers.map { NameKey.speaker($0.name) }) }

        var englishBySpeaker: [String: [Int]] = [:]
        for (index, names) in englishSpeakers.enumerated() {
            for name in names { englishBySpeaker[name, default: []].append(index) }
        }
        // All overlapping pairs, best first: a speaker giving two talks (a keynote and a panel) must not let
        // the first French talk take the English panel that shares more of its speakers with another.
        var candidates: [(score: Double, distance: Int, french: Int, english: Int)] = []
        for (index, names) in frenchSpeakers.enumerated() {
            var shared: [Int: Int] = [:]
            for name in names { for other in englishBySpeaker[name] ?? [] { shared[other, default: 0] += 1 } }
            for (other, count) in shared {
                let union = names.count + englishSpeakers[other].count - count
                candidates.append((Double(count) / Double(union), abs(index - other), index, other))
            }
        }
        candidates.sort { ($1.score, $0.distance, $0.french, $0.english) < ($0.score, $1.distance, $1.french, $1.english) }
        for candidate in candidates where partner[candidate.french] == nil && !taken[candidate.english] {
            partner[candidate.french] = candidate.english
            taken[candidate.english] = true
        }

        // A name written a little differently in one twin (a typo, accents, a dropped middle name) is the same
        // speaker. Only talks left unmatched are compared, and an event has few, so pairs stay cheap.
        let unmatchedEnglish = english.indices.filter { !taken[$0] }
        let needsTolerantPass = !unmatchedEnglish.isEmpty && partner.contains { $0 == nil }
        let englishSlugs = needsTolerantPass ? english.map { $0.speakers.map { Slug.make($0.name) } } : []
        for index in french.indices where partner[index] == nil && needsTolerantPass {
            let own = french[index].speakers.map { Slug.make($0.name) }
            let candidates = unmatchedEnglish.filter { other in
                !taken[other] && own.contains { name in englishSlugs[other].contains { NameMatch.sameSlugs($0, name) } }
            }
            if candidates.count == 1 {
                partner[index] = candidates[0]
                taken[candidates[0]] = true
            }
        }

        // Talks whose speakers were not recognized alike in both posts may still carry the same title,
        // or one post's title may be the other's translation.
        func titles(_ talk: Talk) -> Set<String> {
            Set([talk.title, talk.titleTranslation].compactMap { $0.map(Slug.make) }.filter { !$0.isEmpty })
        }
        let englishTitles = english.map(titles)
        for index in french.indices where partner[index] == nil {
            let own = titles(french[index])
            guard !own.isEmpty else { continue }
            if let other = english.indices.first(where: { !taken[$0] && !englishTitles[$0].isDisjoint(with: own) }) {
                partner[index] = other
                taken[other] = true
            }
        }
        // The same slides or video linked from both posts.
        let englishLinks = english.map { Set($0.links.filter { $0.kind != .other }.map(\.url)) }
        for index in french.indices where partner[index] == nil {
            let own = Set(french[index].links.filter { $0.kind != .other }.map(\.url))
            guard !own.isEmpty else { continue }
            if let other = english.indices.first(where: { !taken[$0] && !englishLinks[$0].isDisjoint(with: own) }) {
                partner[index] = other
                taken[other] = true
            }
        }
        return partner
    }
}
