/// Chooses the recaps of an issue, pairs French and English twins, and aligns their talks.
public struct RecapSelector: Sendable {
    public var matcher: TwinMatcher
    public var aligner: TalkAligner

    public init(matcher: TwinMatcher = TwinMatcher(), aligner: TalkAligner = TalkAligner()) {
        self.matcher = matcher
        self.aligner = aligner
    }

    /// One decision per recap, in the order given; events by date (undated last), then source.
    public func select(_ recaps: [ExtractedRecap], request: SelectionRequest) -> Selection {
        let period = PeriodFilter(request)
        let originals = DuplicateFinder().originals(of: recaps)
        // Drafts and list pages are no one's twin: pairing one would take the post it pairs with away from its real twin.
        let live = recaps.indices.filter { originals[$0] == nil && recaps[$0].recap.site.status == .published }

        // What the site says pairs first (Hugo's translationKey, the same bundle folder in both languages);
        // content evidence pairs the rest. Twins are looked for among every distinct recap, not only those in
        // the period: the twin of a selected post may carry a date far outside it (002's stale lastmod).
        var twin = SiteTwins.pairs(recaps, among: live)
        let unpaired = live.filter { twin[$0] == nil }
        for pair in matcher.pairs(TwinEvidence.build(unpaired.map { recaps[$0] }, commonSpeakerLimit: matcher.commonSpeakerLimit)) {
            let french = unpaired[pair.french], english = unpaired[pair.english]
            twin[french] = english
            twin[english] = french
        }

        var warnings: [Diagnostic] = []
        var decisions: [RecapDecision] = []
        decisions.reserveCapacity(recaps.count)
        for (index, extracted) in recaps.enumerated() {
            let recap = extracted.recap
            var decision = RecapDecision(
                source: recap.source, key: recap.key, language: recap.language, date: recap.date?.day,
                twin: twin[index].map { recaps[$0].recap.source }, selected: false, reason: .duplicate)
            if let original = originals[index] {
                warnings.append(.warning(recap.source, "same post as \(recaps[original].recap.source); left out"))
                decisions.append(decision)
                continue
            }
            let own = Self.ownDecision(recap, request: request, period: period)
            decision.selected = own.selected
            decision.reason = own.reason
            if let other = twin[index] {
                let otherRecap = recaps[other].recap
                let theirs = Self.ownDecision(otherRecap, request: request, period: period)
                if theirs.reason == .alreadyFeatured, own.selected {
                    // The event went out in an earlier issue through its other post: featuring this one
                    // now would repeat it in one language.
                    decision.selected = false
                    decision.reason = .alreadyFeatured
                } else if theirs.selected, !own.selected, [.outsideWindow, .undated].contains(own.reason) {
                    decision.selected = true
                    decision.reason = .twinOfSelected
                    if recap.date?.day != otherRecap.date?.day {
                        warnings.append(.warning(recap.source, Self.disagreement(recap, twin: otherRecap)))
                    }
                }
            }
            decisions.append(decision)
        }

        var events: [Event] = []
        for index in recaps.indices where decisions[index].selected {
            if let other = twin[index] {
                guard recaps[index].recap.language == .fr else { continue }
                var paired = event([recaps[index], recaps[other]])
                let ownDates = [index, other].filter { decisions[$0].reason != .twinOfSelected }.compactMap { recaps[$0].recap.date?.day }
                if let own = ownDates.min() { paired.date = own }
                events.append(paired)
            } else {
                events.append(event([recaps[index]]))
            }
        }
        events.sort { a, b in
            switch (a.date, b.date) {
            case let (x?, y?) where x != y: return x < y
            case (.some, nil): return true
            case (nil, .some): return false
            default: return Self.firstSource(a) < Self.firstSource(b)
            }
        }
        return Selection(events: events, decisions: decisions, warnings: warnings)
    }

    /// What a recap's own date and key say, before its twin is considered.
    static func ownDecision(_ recap: Recap, request: SelectionRequest, period: PeriodFilter) -> (selected: Bool, reason: RecapDecision.Reason) {
        switch recap.site.status {
        case .draft: return (false, .draft)
        case .listPage: return (false, .listPage)
        case .published: break
        }
        if request.alreadyFeatured.contains(recap.key) { return (false, .alreadyFeatured) }
        guard let day = recap.date?.day else { return (request.includeUndated, .undated) }
        // A post dated after today is scheduled, not published: Hugo does not build it either.
        if day > request.asOf { return (false, .future) }
        return period.contains(day) ? (true, .inPeriod) : (false, .outsideWindow)
    }

    private func event(_ members: [ExtractedRecap]) -> Event {
        var byLanguage: [Language: ExtractedRecap] = [:]
        for member in members { byLanguage[member.recap.language] = member }
        let talks: [EventTalk]
        if members.count == 1 {
            let language = members[0].recap.language
            talks = members[0].talks.map { EventTalk(id: $0.id, versions: [language: $0]) }
        } else {
            talks = aligner.align(french: byLanguage[.fr]?.talks ?? [], english: byLanguage[.en]?.talks ?? [])
        }
        return Event(recaps: byLanguage, talks: talks)
    }

    private static func firstSource(_ event: Event) -> String {
        event.recaps.values.map(\.recap.source).min() ?? ""
    }

    /// "dated 2018-06-21 but its French twin 000_f77bde803349164b.txt is dated 2019-06-21"
    static func disagreement(_ recap: Recap, twin: Recap) -> String {
        func dated(_ recap: Recap) -> String { recap.date.map { "dated \($0.day)" } ?? "undated" }
        let name = twin.source.split(separator: "/").last.map(String.init) ?? twin.source
        let language = twin.language == .fr ? "French" : "English"
        return "\(dated(recap)) but its \(language) twin \(name) is \(dated(twin))"
    }
}
