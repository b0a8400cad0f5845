import Mustache

/// Social posts for one platform: one per talk and a roundup, each made to fit the platform's limit by
/// leaving out whole optional parts, never by cutting a word, a name or a URL.
struct SocialPostBuilder {
    var issue: IssueContent
    var templates: TemplateSet
    var resolver: LinkResolver
    var platform: Platform
    /// The roundup's hashtags, worked out once for all platforms (`IssueRenderer.renderSocial`); nil works them out here.
    var roundupHashtags: [String]?

    /// The parts of a talk post; what may be left out is optional, the rest always shows.
    struct TalkParts: Equatable, Sendable {
        var title: String
        var translation: String?
        var speakers: String
        var event: String?
        var sentences: [String]
        var url: String?
        var hashtags: [String]

        static let keys = ["title", "speakers", "translation", "event", "summary", "url", "hashtags"]

        var values: [String: String] {
            // swift-mustache takes an empty string as true: a missing part must be a missing key.
            var values = ["title": title]
            if !speakers.isEmpty { values["speakers"] = speakers }
            if let translation { values["translation"] = translation }
            if let event { values["event"] = event }
            if !sentences.isEmpty { values["summary"] = sentences.joined(separator: " ") }
            if let url { values["url"] = url }
            if !hashtags.isEmpty { values["hashtags"] = hashtags.map { "#\($0)" }.joined(separator: " ") }
            return values
        }
    }

    /// The talk template made ready for the many trials of every talk's post (`IssueRenderer.renderSocial`
    /// makes it once for all platforms); without it each trial is rendered by Mustache.
    var talkTemplate: PrerenderedTemplate?

    /// The keys a talk template is given.
    static var talkKeys: [String] { TalkParts.keys }

    static func talkTemplate(of templates: TemplateSet) -> PrerenderedTemplate {
        PrerenderedTemplate(templates.socialTalk, source: templates.sources[TemplateSet.File.socialTalk] ?? "", keys: TalkParts.keys)
    }

    func talkPost(_ talk: ComposedTalk, event: IssueContent.EventSection, language: Language, slug: String) -> Artifact {
        talkPost(talk, parts: talkParts(talk, event: event, language: language), language: language, slug: slug)
    }

    /// A talk post's parts before any is left out: the same on every platform, so a year's issue works them
    /// out once a talk and language, not once a platform too (`IssueRenderer.renderSocial`).
    func talkParts(_ talk: ComposedTalk, event: IssueContent.EventSection, language: Language) -> TalkParts {
        let strings = templates.strings(for: language)
        let texts = TalkPresentation.texts(of: talk, in: language)
        let title = TalkPresentation.title(of: talk, in: language, strings: strings).text
        let translation = TalkPresentation.translation(of: talk, in: language, shownTitle: title)?.text
        let summaryTexts = (texts?.summary ?? []).map { TextShaping.folded($0.text) }.filter { !$0.isEmpty }
        var eventParts: [String] = []
        if !event.cities.isEmpty { eventParts.append(strings.list(CityName.localized(event.cities, in: language))) }
        if let date = event.date { eventParts.append(strings.date(date)) }

        return TalkParts(
            title: title,
            translation: translation,
            speakers: TalkPresentation.isUntitled(talk) ? "" : TextShaping.folded(strings.list(talk.speakers.map(\.name))),
            event: eventParts.isEmpty ? nil : TextShaping.folded(eventParts.joined(separator: " · ")),
            sentences: summaryTexts.flatMap(Self.sentences),
            // The recap in the post's language says most about the talk; without one, its best own link.
            url: event.recapLink(in: language).flatMap { resolver.absolute($0.url) } ?? Self.bestLink(of: talk).flatMap(resolver.absolute),
            hashtags: Self.hashtags(of: talk, in: language, templates: templates)
        )
    }

    /// The post made to fit this platform from `parts` (`talkParts`).
    func talkPost(_ talk: ComposedTalk, parts: TalkParts, language: Language, slug: String) -> Artifact {
        var parts = parts
        var leftOut: [String] = []
        // The last parts tried, their text and whether it fits: the final post is usually the last one tried,
        // and each step below asks again about the parts the step before left.
        var last: (parts: TalkParts, text: String, fits: Bool)?
        let attempt = { (parts: TalkParts) -> (text: String, fits: Bool) in
            if let last, last.parts == parts { return (last.text, last.fits) }
            let text = Self.tidy(talkTemplate?.render(parts.values) ?? templates.socialTalk.render(parts.values))
            let fits = PlatformCounter.fits(text, on: platform)
            last = (parts, text, fits)
            return (text, fits)
        }
        let fits = { (parts: TalkParts) in attempt(parts).fits }

        // Order of sacrifice: later summary sentences, the title's translation, hashtags (last first),
        // then the first sentence shortened at a word, then the summary, the event, and at worst the title.
        // Each trial is a template render: how many sentences (and below, hashtags) to keep is searched for
        // by halving, since fewer never makes a post longer.
        if !fits(parts), parts.sentences.count > 1 {
            let dropped = Self.keepLongestFittingPrefix(of: \.sentences, in: &parts, minimum: 1, fits: fits)
            leftOut += Array(repeating: "a summary sentence", count: dropped.count)
        }
        if !fits(parts), parts.translation != nil {
            parts.translation = nil
            leftOut.append("the title translation")
        }
        if !fits(parts), !parts.hashtags.isEmpty {
            let dropped = Self.keepLongestFittingPrefix(of: \.hashtags, in: &parts, minimum: 0, fits: fits)
            leftOut += dropped.reversed().map { "#\($0)" }
        }
        if !fits(parts), let sentence = parts.sentences.first {
            var trial = parts
            let shortened = TextShaping.shortened(sentence) { candidate in
                trial.sentences = [candidate]
                return fits(trial)
            }
            if let shortened {
                parts.sentences = [shortened]
                leftOut.append("the end of the summary")
            } else {
                parts.sentences = []
                leftOut.append("the summary")
            }
        }
        if !fits(parts), parts.event != nil {
            parts.event = nil
            leftOut.append("the event")
        }
        if !fits(parts) {
            var trial = parts
            if let shortened = TextShaping.shortened(parts.title, fits: { candidate in
                trial.title = candidate
                return fits(trial)
            }) {
                parts.title = shortened
                leftOut.append("the end of the title")
            }
        }
        let path = "social/\(platform.rawValue)/\(language.rawValue)/\(slug).txt"
        return artifact(attempt(parts).text, language: language, path: path, talkID: talk.id, leftOut: leftOut)
    }

    /// The technologies a talk's post in `language` names: its title and translation as shown, and its
    /// summaries in every language. The same for every platform.
    static func hashtags(of talk: ComposedTalk, in language: Language, templates: TemplateSet) -> [String] {
        let strings = templates.strings(for: language)
        let title = TalkPresentation.title(of: talk, in: language, strings: strings).text
        let translation = TalkPresentation.translation(of: talk, in: language, shownTitle: title)?.text
        let allTexts = [title, translation ?? ""] + Language.allCases.flatMap { talk.texts[$0]?.summary.map(\.text) ?? [] }
        return Hashtags.technologies(in: allTexts)
    }

    /// The roundup's: every talk's titles and summaries in every language, so the same for every platform
    /// and language.
    static func roundupHashtags(of talks: [ComposedTalk]) -> [String] {
        // Talk by talk on all cores, then put in order: over a year's thousands of talks it was the one part of
        // the posts' work left on one core.
        Hashtags.ordered(talks.parallelMap { talk in
            Hashtags.mentions(in: Language.allCases.flatMap { language in
                [talk.texts[language]?.title?.text ?? ""] + (talk.texts[language]?.summary.map(\.text) ?? [])
            })
        })
    }

    func roundup(language: Language) -> Artifact {
        let strings = templates.strings(for: language)
        let talks = issue.events.flatMap(\.talks)
        let headline = TextShaping.folded(strings["roundup_headline", arguments: [
            "name": strings["newsletter_name"], "period": strings.period(issue.id), "talks": strings.count(talks.count, "talks"),
        ]])
        // A post cannot hold more talks than its limit has room for at ten characters each; a year-long issue
        // of thousands of talks is cut to that before anything is made or rendered.
        let itemCount = talks.count
        let items: [[String: Any]] = talks.prefix(PlatformCounter.limit(for: platform) / 10 + 1).map { talk in
            ["title": TalkPresentation.title(of: talk, in: language, strings: strings).text,
             "speakers": TalkPresentation.isUntitled(talk) ? false : TextShaping.folded(strings.list(talk.speakers.map(\.name)))]
        }
        var hashtags = roundupHashtags ?? Self.roundupHashtags(of: talks)
        let url = issue.siteURL.flatMap(resolver.absolute)
        // Each event's recap, in this language when written in it; the first stays whatever the limit.
        var recapURLs: [String] = []
        for event in issue.events {
            if let link = event.recapLink(in: language), let absolute = resolver.absolute(link.url), !recapURLs.contains(absolute) {
                recapURLs.append(absolute)
            }
        }
        var shownRecaps = recapURLs.count
        var shown = items.count
        func context() -> [String: Any] {
            var context: [String: Any] = ["headline": headline, "items": Array(items.prefix(shown))]
            if shown < itemCount { context["more"] = strings["and_more", arguments: ["n": String(itemCount - shown)]] }
            if let url { context["url"] = url }
            if shownRecaps > 0 {
                context["hasRecaps"] = true
                context["recaps"] = recapURLs.prefix(shownRecaps).map { ["recapURL": $0] }
            }
            if !hashtags.isEmpty { context["hashtags"] = hashtags.map { "#\($0)" }.joined(separator: " ") }
            return context
        }
        let fits = { PlatformCounter.fits(render(templates.socialRoundup, context()), on: platform) }
        var leftOut: [String] = []
        while !fits(), let tag = hashtags.popLast() { leftOut.append("#\(tag)") }
        while !fits(), shownRecaps > 1 {
            shownRecaps -= 1
            leftOut.append("a recap link")
        }
        if !fits() {
            // The most talks that fit: fitting only gets harder with more talks, so a binary search finds it.
            var low = 0, high = shown
            while low < high {
                shown = (low + high + 1) / 2
                if fits() { low = shown } else { high = shown - 1 }
            }
            shown = low
        }
        if shown < itemCount { leftOut.append("\(itemCount - shown) of \(itemCount) talks") }
        let path = "social/\(platform.rawValue)/\(language.rawValue)/roundup.txt"
        return artifact(render(templates.socialRoundup, context()), language: language, path: path, talkID: nil, leftOut: leftOut)
    }

    private func artifact(_ text: String, language: Language, path: String, talkID: String?, leftOut: [String]) -> Artifact {
        var warnings: [String] = []
        // Hashtags and the title's translation go in only when they fit; leaving them out is no news.
        let worthTelling = leftOut.filter { !$0.hasPrefix("#") && $0 != "the title translation" }
        if !worthTelling.isEmpty {
            warnings.append("left out \(worthTelling.joined(separator: ", ")) to fit \(PlatformCounter.limit(for: platform))")
        }
        let count = PlatformCounter.count(text, for: platform)
        if !PlatformCounter.fits(count: count, text: text, on: platform) {
            warnings.append("still over the \(platform.rawValue) limit after leaving out everything optional")
        }
        return Artifact(kind: .social, language: language.rawValue, platform: platform, path: path, content: text,
                        count: count, limit: PlatformCounter.limit(for: platform),
                        talkID: talkID, warnings: warnings)
    }

    private func render(_ template: MustacheTemplate, _ context: [String: Any]) -> String {
        Self.tidy(template.render(context))
    }

    /// At most one blank line in a row, no trailing spaces, no blank lines at either end.
    static func tidy(_ text: String) -> String {
        let tidied = EmailTextRenderer.tidy(text)
        return String(tidied.drop { $0 == "\n" }.dropLast(tidied.hasSuffix("\n") ? 1 : 0))
    }

    /// Keeps the longest prefix of a list in `parts` (at least `minimum` items) with which the post fits,
    /// and returns what it dropped; the minimum when even that does not fit.
    private static func keepLongestFittingPrefix(of list: WritableKeyPath<TalkParts, [String]>, in parts: inout TalkParts,
                                                 minimum: Int, fits: (TalkParts) -> Bool) -> ArraySlice<String> {
        let all = parts[keyPath: list]
        var trial = parts
        let kept = TextShaping.largest(in: minimum...(all.count - 1)) { count in
            trial[keyPath: list] = Array(all.prefix(count))
            return fits(trial)
        } ?? minimum
        parts[keyPath: list] = Array(all.prefix(kept))
        return all[kept...]
    }

    /// A video says most about a talk, then slides, code, anything else.
    static func bestLink(of talk: ComposedTalk) -> String? {
        let order: [TalkLink.Kind] = [.video, .slides, .code, .other]
        return order.lazy.compactMap { kind in talk.links.first { $0.kind == kind }?.url }.first
    }

    /// Sentences of a summary, so whole sentences can be left out; splits after . ! ? … followed by a
    /// space and a capital, which keeps "v1.2" and "e.g. this" together.
    static func sentences(_ text: String) -> [String] {
        // By code point, not by Character: every talk's summary goes through here for each platform and
        // language, and grapheme breaking cost a twentieth of composing a year. The marks tested are single
        // code points either way.
        var sentences: [String] = []
        let scalars = Array(text.unicodeScalars)
        var start = 0
        for index in scalars.indices where ".!?…".unicodeScalars.contains(scalars[index]) {
            guard index + 2 < scalars.count, scalars[index + 1] == " " else { continue }
            let next = scalars[index + 2]
            guard next.isUppercaseFast || "«“\"".unicodeScalars.contains(next) else { continue }
            sentences.append(String(scalars: scalars[start...index]).trimmingWhitespace())
            start = index + 1
        }
        let last = String(scalars: scalars[start...]).trimmingWhitespace()
        if !last.isEmpty { sentences.append(last) }
        return sentences
    }
}
