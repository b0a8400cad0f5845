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
        var englishBySpeaker: [Int: [Int]] = [:]
        var englishByAttachment: [Int: [Int]] = [:]
        var englishByKey: [Int: [Int]] = [:]
        for (index, item) in evidence.enumerated() where item.language == .en {
            for id in item.speakers { englishBySpeaker[id, default: []].append(index) }
            for id in item.attachments { englishByAttachment[id, default: []].append(index) }
            englishByKey[item.key, default: []].append(index)
        }

        var sharedSpeakers = [Int32](repeating: 0, count: evidence.count)
        var sharedAttachments = [Int32](repeating: 0, count: evidence.count)
        var sameKey = [Bool](repeating: false, count: evidence.count)
        var touched: [Int] = []
        var candidates: [Pair] = []
        for (french, item) in evidence.enumerated() where item.language == .fr {
            func touch(_ english: Int) {
                if sharedSpeakers[english] == 0, sharedAttachments[english] == 0, !sameKey[english] { touched.append(english) }
            }
            for id in item.speakers {
                for english in englishBySpeaker[id] ?? [] { touch(english); sharedSpeakers[english] += 1 }
            }
            for id in item.attachments {
                for english in englishByAttachment[id] ?? [] { touch(english); sharedAttachments[english] += 1 }
            }
            for english in englishByKey[item.key] ?? [] { touch(english); sameKey[english] = true }
            for english in touched {
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
    /// at many meetups. Half of the smaller post's speakers, or two specific links or images, are.
    static func score(_ french: TwinEvidence, _ english: TwinEvidence, speakers shared: Int, attachments: Int, sameKey: Bool) -> Double? {
        let smaller = min(french.speakers.count, english.speakers.count)
        let ratio = smaller == 0 ? 0 : Double(shared) / Double(smaller)
        let closeDates: Bool = {
            guard let a = french.day, let b = english.day else { return false }
            return abs(a - b) <= 7
        }()
        let sharesYear = !french.titleYears.isDisjoint(with: english.titleYears)
        let sharesCity = !french.titleCities.isDisjoint(with: english.titleCities)
        // Both titles name a city and not the same one: a tour's stops, not twins.
        let citiesConflict = !french.titleCities.isEmpty && !english.titleCities.isEmpty && !sharesCity

        let qualifies = (ratio >= 0.5 && shared >= 2)
            || (ratio >= 0.5 && shared == 1 && !citiesConflict && (attachments >= 1 || sameKey || closeDates))
            || attachments >= 2
            || (sameKey && attachments >= 1)
        guard qualifies else { return nil }
        var score = 4 * ratio + 0.05 * Double(min(shared, 20)) + 0.5 * Double(min(attachments, 10))
        if sameKey { score += 1 }
        if sharesYear { score += 0.25 }
        if sharesCity { score += 0.5 }
        if closeDates { score += 0.5 }
        if citiesConflict { score -= 1 }
        return score
    }
}
