import Testing
@testable import GazetteKit

@Suite struct SocialPostTests {
    static func posts() throws -> [Artifact] {
        try RenderFixtures.artifacts().filter { $0.kind == .social }
    }

    @Test func everyPostFitsItsPlatformCountedItsWay() throws {
        let posts = try Self.posts()
        #expect(posts.count == Platform.allCases.count * Language.allCases.count * 6)
        for post in posts {
            let platform = try #require(post.platform)
            #expect(post.count == PlatformCounter.count(post.content, for: platform), "\(post.path)")
            #expect(post.limit == PlatformCounter.limit(for: platform))
            #expect(post.count <= PlatformCounter.limit(for: platform), "\(post.path): \(post.count)")
            #expect(PlatformCounter.fits(post.content, on: platform), "\(post.path)")
            #expect(!post.warnings.contains { $0.contains("still over") }, "\(post.path)")
        }
    }

    @Test func pathsNameThePlatformLanguageAndTalk() throws {
        let paths = Set(try Self.posts().map(\.path))
        for platform in Platform.allCases {
            for language in Language.allCases {
                #expect(paths.contains("social/\(platform.rawValue)/\(language.rawValue)/roundup.txt"))
                #expect(paths.contains("social/\(platform.rawValue)/\(language.rawValue)/2019-06-paris-alice-martin.txt"))
            }
        }
        #expect(paths.contains("social/mastodon/en/2019-06-lyon-dominique-de-la-fontaine.txt"))
    }

    @Test func roomyPlatformsKeepEverything() throws {
        let post = try #require(try Self.posts().first { $0.path == "social/linkedin/fr/2019-06-lyon-dominique-de-la-fontaine.txt" })
        #expect(post.warnings.isEmpty)
        #expect(post.content.contains("(Kubernetes, Istio, Envoy, Prometheus, Helm and Argo CD: three years"))
        #expect(post.content.contains("La session s’est terminée par vingt minutes de questions"))
        #expect(post.content.hasSuffix("#Kubernetes #Istio #Envoy #Prometheus #Helm #ArgoCD #OpenTelemetry"))
        #expect(post.content.contains("Dominique de La Fontaine-Beaumarchais et Jean-Baptiste Van der Berghe · Lyon et Montréal · 20 juin 2019"))
    }

    @Test func tightPlatformsLeaveOutWholePartsAndSaySo() throws {
        let talk = RenderFixtures.longTalk
        let url = talk.links[0].url
        let frenchSummary = talk.texts[.fr]!.summary.map(\.text).joined(separator: " ")
        for post in try Self.posts() where post.talkID == talk.id && (post.platform == .x || post.platform == .bluesky) {
            #expect(!post.warnings.isEmpty, "\(post.path)")
            #expect(post.warnings[0].contains("left out"))
            #expect(post.content.contains(url), "the URL is whole in \(post.path)")
            #expect(post.content.contains("Dominique de La Fontaine-Beaumarchais"), "names are never cut")
            #expect(post.content.contains("Jean-Baptiste Van der Berghe"))
            if post.language == "fr", let ellipsis = post.content.firstIndex(of: "…") {
                // Shortened at a word boundary: the kept text is a prefix of the summary followed by a space.
                let line = post.content[..<ellipsis].split(separator: "\n").last.map(String.init) ?? ""
                #expect(frenchSummary.hasPrefix(line), "\(line)")
                let next = frenchSummary.index(frenchSummary.startIndex, offsetBy: line.count)
                #expect(frenchSummary[next] == " " || frenchSummary[next] == ",", "cut inside a word: \(line)")
            }
        }
    }

    @Test func shorterPostsKeepWhatFits() throws {
        let post = try #require(try Self.posts().first { $0.path == "social/x/fr/2019-06-paris-alice-martin.txt" })
        // URL 23 counts, so the whole summary and the hashtags fit on X.
        #expect(post.content.contains("#eBPF #Cilium"))
        #expect(post.content.contains("https://video.example.com/watch?v=abc&t=1"), "video preferred, & kept raw in text")
        #expect(post.content.hasPrefix("🎤 Observabilité avec eBPF et Cilium (Observability with eBPF and Cilium)\nAlice Martin · Paris · 12 juin 2019"))
    }

    @Test func cjkAndEmojiPostsAreCountedHeavierOnX() throws {
        let posts = try Self.posts().filter { $0.talkID == RenderFixtures.cjkTalk.id && $0.language == "fr" }
        let x = try #require(posts.first { $0.platform == .x })
        let bluesky = try #require(posts.first { $0.platform == .bluesky })
        #expect(x.content == bluesky.content)
        #expect(x.count > bluesky.count)
        #expect(x.content.contains("#Knative"))
    }

    @Test func roundupListsTalksAndMoreWhenShort() throws {
        let posts = try Self.posts()
        let linkedin = try #require(posts.first { $0.path == "social/linkedin/fr/roundup.txt" })
        #expect(linkedin.content.hasPrefix("La Gazette des meetups — juin 2019 : 5 présentations\n\n• Observabilité avec eBPF et Cilium — Alice Martin\n"))
        #expect(linkedin.content.contains("https://meetups.example.org/"))
        #expect(linkedin.warnings.isEmpty)
        let x = try #require(posts.first { $0.path == "social/x/en/roundup.txt" })
        #expect(x.content.contains("… and "))
        #expect(x.warnings.contains { $0.contains("talks") })
    }

    @Test func hashtagsComeFromKnownTechnologiesOnly() {
        #expect(Hashtags.technologies(in: ["Déployer avec Argo CD et Helm sur k8s"]) == ["ArgoCD", "Helm", "Kubernetes"])
        #expect(Hashtags.technologies(in: ["at the helm of a flux of envoys"]) == [])
        #expect(Hashtags.technologies(in: ["eBPF", "EBPF and cilium"]) == ["eBPF", "Cilium"])
        #expect(Hashtags.technologies(in: ["Argo", "CD"]) == [], "names never span two texts")
    }

    /// The roundup searches each talk apart, on all cores, then orders the tags: as if all were read as one.
    @Test func hashtagsOfTextsSearchedApartComeInTheOrderOfOneReading() {
        let talks = [
            ["Scaling Kafka", "with Flux and Helm"],
            ["Kubernetes operators", "GitOps with FluxCD, then Kafka again"],
            ["Argo CD", "k8s and Helm", "Prometheus"],
            [],
            ["WebAssembly on the edge", "wasm and Kubernetes"],
        ]
        let apart = Hashtags.ordered(talks.map { Hashtags.mentions(in: $0) })
        #expect(apart == Hashtags.technologies(in: talks.flatMap { $0 }))
        // Flux's first spelling ("FluxCD", in the second talk) wins over "Flux" in the first, as in one reading.
        #expect(apart == ["Kafka", "Helm", "Kubernetes", "Flux", "ArgoCD", "Prometheus", "WebAssembly"])
    }

    @Test func summariesSplitIntoSentences() {
        #expect(SocialPostBuilder.sentences("Version 1.2 est sortie. Elle marche ! e.g. this. « Fin »")
            == ["Version 1.2 est sortie.", "Elle marche ! e.g. this.", "« Fin »"])
        #expect(SocialPostBuilder.sentences("Déjà vu… Élise parle? “Oui.” 👩🏽‍💻 Zoe\u{308} aussi.")
            == ["Déjà vu…", "Élise parle?", "“Oui.” 👩🏽‍💻 Zoe\u{308} aussi."])
        #expect(SocialPostBuilder.sentences("") == [] && SocialPostBuilder.sentences("Fin. ") == ["Fin."])
    }

    @Test func shorteningNeverCutsAWord() {
        let text = "Un très long résumé avec des mots anticonstitutionnellement longs"
        let short = TextShaping.shortened(text) { $0.count <= 30 }
        #expect(short == "Un très long résumé avec des…")
        #expect(TextShaping.shortened("Anticonstitutionnellement", fits: { $0.count <= 10 }) == nil)
    }
}
