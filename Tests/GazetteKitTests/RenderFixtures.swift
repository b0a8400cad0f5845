import CLibXML2
import Foundation
@testable import GazetteKit

/// Issues built by hand for the Render tests: two events, talks with texts in both languages, one with
/// only the other language's summary (marked and noted), one hostile title, one too long for X.
enum RenderFixtures {
    static let hostileTitle = "<script>alert(1)</script> {{x}}\nsecond line"
    static let hostileFolded = "<script>alert(1)</script> {{x}} second line"

    static func text(_ text: String, _ language: Language, _ origin: TextOrigin = .extracted) -> LocalizedText {
        LocalizedText(text: text, language: language, origin: origin)
    }

    static let ebpfTalk = ComposedTalk(
        id: "2019-06-paris/alice-martin",
        speakers: [Speaker(name: "Alice Martin", affiliation: "Acme")],
        kind: .talk, cities: ["Paris"],
        links: [TalkLink(url: "/slides/ebpf.pdf", text: "slides", kind: .slides),
                TalkLink(url: "https://video.example.com/watch?v=abc&t=1", text: "vidéo", kind: .video)],
        texts: [
            .fr: TalkTexts(title: text("Observabilité avec eBPF et Cilium", .fr),
                           summary: [text("Alice Martin a montré comment tracer le réseau d’un cluster sans modifier les applications.", .fr),
                                     text("Elle a terminé par une démo de Hubble.", .fr)]),
            .en: TalkTexts(title: text("Observability with eBPF and Cilium", .en, .translated),
                           summary: [text("Alice Martin showed how to trace a cluster’s network without changing applications.", .en, .translated)]),
        ],
        missingHumanText: [.en])

    /// Written up only in English: the French edition shows a built French sentence, then the English summary.
    static let kafkaTalk = ComposedTalk(
        id: "2019-06-paris/bob-durand",
        speakers: [Speaker(name: "Bob Durand"), Speaker(name: "Chloé Lefèvre-Dupont", affiliation: "Banque Exemple")],
        kind: .caseStudy, cities: ["Paris"],
        links: [TalkLink(url: "https://slides.example.com/kafka", text: "slides", kind: .slides)],
        texts: [
            .fr: TalkTexts(title: text("Kafka in production at a bank", .en),
                           summary: [text("Bob Durand et Chloé Lefèvre-Dupont ont fait un retour d’expérience sur Kafka.", .fr, .built),
                                     text("They moved forty services to Kafka in one year and kept every message.", .en)],
                           note: "résumé en anglais"),
            .en: TalkTexts(title: text("Kafka in production at a bank", .en),
                           summary: [text("They moved forty services to Kafka in one year and kept every message.", .en)]),
        ],
        missingHumanText: [.fr])

    static let hostileTalk = ComposedTalk(
        id: "2019-06-lyon/eve-<script>",
        speakers: [Speaker(name: "Ève {{name}} O’Neil", affiliation: "<b>Evil</b> & Co")],
        kind: .lightningTalk, cities: ["Lyon"],
        links: [TalkLink(url: "javascript:alert(1)", text: "x", kind: .other),
                TalkLink(url: "https://example.org/a?b=1&c=\"2\"", text: "code", kind: .code)],
        texts: [
            .fr: TalkTexts(title: text(hostileTitle, .fr), summary: [text("Un résumé avec <b>du gras</b> & {{{y}}}\net une ligne.", .fr)]),
            .en: TalkTexts(title: text(hostileTitle, .en), summary: [text("A summary with <b>bold</b> & {{{y}}}\nand a line.", .en)]),
        ],
        missingHumanText: [])

    /// Far too long for X or Bluesky: several sentences, a translated title, many technologies.
    static let longTalk = ComposedTalk(
        id: "2019-06-lyon/dominique-de-la-fontaine",
        speakers: [Speaker(name: "Dominique de La Fontaine-Beaumarchais"), Speaker(name: "Jean-Baptiste Van der Berghe")],
        kind: .keynote, cities: ["Lyon", "Montréal"],
        links: [TalkLink(url: "https://www.youtube.com/watch?v=very-long-video-identifier-0123456789&list=PLAYLIST-ABCDEFGHIJKLMNOP", text: "vidéo", kind: .video)],
        texts: [
            .fr: TalkTexts(title: text("Kubernetes, Istio, Envoy, Prometheus, Helm et Argo CD : trois ans de plateforme interne à grande échelle", .fr),
                           summary: [text("Dominique de La Fontaine-Beaumarchais et Jean-Baptiste Van der Berghe ont raconté trois années de migration de quatre cents services vers une plateforme interne construite sur Kubernetes, avec Istio et Envoy pour le réseau et Prometheus pour la supervision.", .fr),
                                     text("Ils ont détaillé comment Helm puis Argo CD ont remplacé les scripts de déploiement, et pourquoi les équipes ont fini par adopter OpenTelemetry pour les traces.", .fr),
                                     text("La session s’est terminée par vingt minutes de questions sur les coûts et l’astreinte.", .fr)]),
            .en: TalkTexts(title: text("Kubernetes, Istio, Envoy, Prometheus, Helm and Argo CD: three years of an internal platform at scale", .en, .translated),
                           summary: [text("Dominique de La Fontaine-Beaumarchais and Jean-Baptiste Van der Berghe told three years of moving four hundred services onto an internal platform built on Kubernetes, with Istio and Envoy for networking and Prometheus for monitoring.", .en, .translated),
                                     text("They explained how Helm then Argo CD replaced deployment scripts, and why teams ended up adopting OpenTelemetry for traces.", .en, .translated)]),
        ],
        missingHumanText: [.en])

    static let cjkTalk = ComposedTalk(
        id: "2019-06-montreal/yuki-tanaka",
        speakers: [Speaker(name: "田中 由紀")],
        kind: .demo, cities: ["Montréal"],
        links: [],
        texts: [
            .fr: TalkTexts(title: text("🚀 Déployer avec Knative : 日本語のデモ", .fr), summary: [text("Une démo de Knative en japonais 👨‍👩‍👧‍👦 avec des accents combinés : cafe\u{301}.", .fr)]),
            .en: TalkTexts(title: text("🚀 Deploying with Knative: 日本語のデモ", .en), summary: [text("A Knative demo in Japanese 👨‍👩‍👧‍👦 with combining accents: cafe\u{301}.", .en)]),
        ],
        missingHumanText: [])

    static func issue(bilingualOrder: [Language] = [.fr, .en], siteURL: String? = "https://meetups.example.org/",
                      intro: [Language: String]? = nil) -> IssueContent {
        IssueContent(
            id: "2019-06",
            events: [
                .init(cities: ["Paris"], date: CalendarDay(year: 2019, month: 6, day: 12),
                      recapTitles: [.fr: "Meetup de juin"], talks: [ebpfTalk, kafkaTalk]),
                .init(cities: ["Lyon", "Montréal"], date: CalendarDay(year: 2019, month: 6, day: 20),
                      recapTitles: [.fr: "Soirée à Lyon"], talks: [hostileTalk, longTalk, cjkTalk]),
            ],
            introMarkdown: intro ?? [
                .fr: "Bienvenue ! Voir [le programme](/programme) et **merci** à nos hôtes.\n\n<script>alert('intro')</script>",
                .en: "Welcome! See [the schedule](https://meetups.example.org/schedule).",
            ],
            bilingualOrder: bilingualOrder,
            unsubscribeURL: "{{unsubscribe_url}}",
            siteURL: siteURL)
    }

    static func artifacts(_ issue: IssueContent = issue()) throws -> [Artifact] {
        try IssueRenderer().render(issue)
    }
}

/// libxml2's HTML parser over a page, collecting every error and warning it reports.
enum HTMLValidation {
    final class Box { var messages: [String] = [] }

    static func problems(in html: String) -> [String] {
        let box = Box()
        guard let context = htmlNewParserCtxt() else { return ["no parser"] }
        defer { htmlFreeParserCtxt(context) }
        // The structured handler is per thread in libxml2, and the parse below runs on this thread only.
        xmlSetStructuredErrorFunc(Unmanaged.passUnretained(box).toOpaque()) { userData, error in
            guard let userData, let error else { return }
            let box = Unmanaged<Box>.fromOpaque(userData).takeUnretainedValue()
            let message = error.pointee.message.map { String(cString: $0) } ?? "?"
            box.messages.append("line \(error.pointee.line): \(message.trimmingCharacters(in: .whitespacesAndNewlines))")
        }
        defer { xmlSetStructuredErrorFunc(nil, nil) }
        var bytes = Array(html.utf8)
        let document = bytes.withUnsafeMutableBufferPointer { buffer in
            buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buffer.count) { pointer in
                htmlCtxtReadMemory(context, pointer, Int32(buffer.count), nil, "UTF-8", Int32(HTML_PARSE_NONET.rawValue))
            }
        }
        if let document { xmlFreeDoc(document) } else { box.messages.append("no document") }
        if context.pointee.lastError.code != 0, box.messages.isEmpty {
            box.messages.append("lastError \(context.pointee.lastError.code)")
        }
        return box.messages
    }
}
