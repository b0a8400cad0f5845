/// Pairs the French and English posts of one event. Dates cannot be trusted for this (a translation may be
/// published later, or carry a stale `lastmod` a year off), so pairing rests on what the posts share: speakers
/// first, then talk links and images, with titles and dates only tipping the balance.
public struct TwinMatcher: Sendable {
    public struct Pair: Sendable, Equatable {
        /// Indices into the recaps given to `pairs`.
        public var french: Int
        public var english: Int
        public var score: Double
    }

    /// A speaker found in more recaps than this is a host or sponsor, not evidence of one event.
    public var commonSpeakerLimit: Int

    public init(commonSpeakerLimit: Int = 1000) {
        self.commonSpeakerLimit = commonSpeakerLimit
    }

    /// Every French–English pair found, best first; each recap is in at most one pair.
    public func pairs(_ recaps: [ExtractedRecap]) -> [Pair] {
        pairs(TwinEvidence.build(recaps, commonSpeakerLimit: commonSpeakerLimit))
    }

    func pairs(_ evidence: [TwinEvidence]) -> [Pair] {
        // Inverted lists over English recaps only: French recaps look their candidates up, so the work
        // grows with what recaps share, not with the number of pairs of recaps.
        var idCount = 0
        for item in evidence { idCount = max(idCount, item.key + 1, (item.speakers.last ?? 0) + 1, (item.attachments.last ?? 0) + 1) }
        var englishBySpeaker = [[Int]](repeating: [], count: idCount)
        var englishByAttachment = [[Int]](repeating: [], count: idCount)
        var englishByKey = [[Int]](repeating: [], count: idCount)
        for (index, item) in evidence.enumerated() where item.language == .en {
            for id in item.speakers { englishBySpeaker[id].append(index) }
            for id in item.attachments { englishByAttachment[id].append(index) }
            englishByKey[item.key].append(index)
        }

        let speakerCounts = evidence.map(\.speakers.count)
        var sharedSpeakers = [Int32](repeating: 0, count: evidence.count)
        var sharedAttachments = [Int32](repeating: 0, count: evidence.count)
        var sameKey = [Bool](repeating: false, count: evidence.count)
        var touched: [Int] = []
        var candidates: [Pair] = []
        for (french, item) in evidence.enumerated() where item.language == .fr {
            for id in item.speakers {
                for english in englishBySpeaker[id] {
                    if sharedSpeakers[english] == 0, sharedAttachments[english] == 0, !sameKey[english] { touched.append(english) }
                    sharedSpeakers[english] += 1
                }
            }
            for id in item.attachments {
                for english in englishByAttachment[id] {
                    if sharedSpeakers[english] == 0, sharedAttachments[english] == 0, !sameKey[english] { touched.append(english) }
                    sharedAttachments[english] += 1
                }
            }
            for english in englishByKey[item.key] {
                if sharedSpeakers[english] == 0, sharedAttachments[english] == 0, !sameKey[english] { touched.append(english) }
                sameKey[english] = true
            }
            let frenchSpeakerCount = item.speakers.count
            for english in touched {
                let shared = Int(sharedSpeakers[english])
                // Most candidates share one name by chance with a larger post: turned away here, before
                // anything costlier than two counts is looked at.
                if shared * 2 < min(frenchSpeakerCount, speakerCounts[english]), sharedAttachments[english] < 1, !sameKey[english] {
                    sharedSpeakers[english] = 0
                    continue
                }
                if let score = Self.score(
                    item, evidence[english], speakers: Int(sharedSpeakers[english]),
                    attachments: Int(sharedAttachments[english]), sameKey: sameKey[english]) {
                    candidates.append(Pair(french: french, english: english, score: score))
                }
                sharedSpeakers[english] = 0
                sharedAttachments[english] = 0
                sameKey[english] = false
            }
            touched.removeAll(keepingCapacity: true)
        }

        func dayGap(_ pair: Pair) -> Int {
            guard let a = evidence[pair.french].day, let b = evidence[pair.english].day else { return Int.max }
            return abs(a - b)
        }
        candidates.sort {
            if $0.score != $1.score { return $0.score > $1.score }
            let gaps = (dayGap($0), dayGap($1))
            if gaps.0 != gaps.1 { return gaps.0 < gaps.1 }
            return ($0.french, $0.english) < ($1.french, $1.english)
        }
        var paired = [Bool](repeating: false, count: evidence.count)
        var result: [Pair] = []
        for candidate in candidates where !paired[candidate.french] && !paired[candidate.english] {
            paired[candidate.french] = true
            paired[candidate.english] = true
            result.append(candidate)
        }
        return result
    }

    /// nil when the two are not twins. One shared speaker is not enough on its own: the same person speaks
    /// at many meetups, and in a large archive two posts share a couple of names by chance. So the speakers
    /// shared must be half of the larger post's, or half of the smaller one's with something specific
    /// to back them (a link or image, the same key, dates a week apart for posts of a similar size); two shared links or images suffice.
    static func score(_ french: TwinEvidence, _ english: TwinEvidence, speakers shared: Int, attachments: Int, sameKey: Bool) -> Double? {
        let smaller = min(french.speakers.count, english.speakers.count)
        let larger = max(french.speakers.count, english.speakers.count)
        let halfOfLarger = shared >= 2 && shared * 2 >= larger
        let halfOfSmaller = shared >= 1 && shared * 2 >= smaller
        let strongAttachments = attachments >= 2 || (sameKey && attachments >= 1)
        guard halfOfSmaller || strongAttachments else { return nil }

        let closeDates: Bool = {
            guard let a = french.day, let b = english.day else { return false }
            return abs(a - b) <= 7
        }()
        let sharesYear = !french.titleYears.isDisjoint(with: english.titleYears)
        let sharesCity = !french.titleCities.isDisjoint(with: english.titleCities)
        // Both titles name a city and not the same one: a tour's stops, not twins.
        let citiesConflict = !french.titleCities.isEmpty && !english.titleCities.isEmpty && !sharesCity
        // Dates a few days apart back a partial overlap only when the posts are of a size: a four-talk post
        // sharing two names with a sixteen-talk one the same week is a coincidence in a large archive.
        let backed = attachments >= 1 || sameKey || (closeDates && shared * 4 >= larger)
        let qualifies = strongAttachments || (!citiesConflict && (halfOfLarger || (halfOfSmaller && backed)))
        guard qualifies else { return nil }

        let ratio = smaller == 0 ? 0 : Double(shared) / Double(smaller)
        var score = 4 * ratio + 2 * (larger == 0 ? 0 : Double(shared) / Double(larger))
            + 0.05 * Double(min(shared, 20)) + 0.5 * Double(min(attachments, 10))
        if sameKey { score += 1 }
        if sharesYear { score += 0.25 }
        if sharesCity { score += 0.5 }
        if closeDates { score += 0.5 }
        if citiesConflict { score -= 1 }
        return score
    }
}
