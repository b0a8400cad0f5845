import Testing
@testable import GazetteKit

@Suite struct IngestBodyFormatTests {
    let reader = RecapReader()

    @Test func formatIsJudgedByContent() {
        #expect(BodyFormat.detect(body: "\n<img src=x>\n<p>Hi</p>", hasFrontMatter: true, path: "a.txt") == .html)
        #expect(BodyFormat.detect(body: "Intro\n<div class=\"x\">text</div>", hasFrontMatter: true, path: "a.md") == .html)
        #expect(BodyFormat.detect(body: "# Title\n\n<div>raw</div>", hasFrontMatter: true, path: "a.html") == .markdown)
        #expect(BodyFormat.detect(body: "Just words.\nMore words.", hasFrontMatter: true, path: "a.txt") == .markdown)
        #expect(BodyFormat.detect(body: "Title\nSome words.\n- item", hasFrontMatter: false, path: "a.txt") == .plainText)
        #expect(BodyFormat.detect(body: "Title\nSee [slides](http://x).", hasFrontMatter: false, path: "a.txt") == .markdown)
        #expect(BodyFormat.detect(body: "Title\nSome words.", hasFrontMatter: false, path: "a.md") == .markdown)
        #expect(BodyFormat.detect(body: "a < b and 3 > 2", hasFrontMatter: false, path: "a.txt") == .plainText)
        // A GFM table with a line break in a cell is Markdown carrying HTML, not HTML.
        let table = "| Time | Speaker |\n|------|:-------:|\n| 7:00 | Priya Raman<br>Quantel |\n"
        #expect(BodyFormat.detect(body: table, hasFrontMatter: true, path: "a.md") == .markdown)
        #expect(BodyFormat.detect(body: "Time | Speaker\n--- | ---\n7:00 | Priya<br>Quantel\n", hasFrontMatter: true, path: "a.md") == .markdown)
        // Dashes without a pipe are a plain rule, no table.
        #expect(BodyFormat.detect(body: "Intro<br>\n-----\nMore", hasFrontMatter: true, path: "a.md") == .html)
    }

    @Test func plainTextLinesBecomeBlocks() throws {
        let path = try #require(IngestFixtures.path("plain-recap.txt"))
        let recap = try #require(reader.read(file: path).recaps.first)
        #expect(recap.title == "Bilan de la rencontre de printemps")
        #expect(recap.language == .fr)
        #expect(recap.key == "plain-recap")
        #expect(recap.blocks.map(\.kind) == [.heading(level: 1), .paragraph, .heading(level: 2), .paragraph, .listItem, .listItem, .paragraph])
        #expect(recap.blocks[3].text == "Deux présentations étaient au programme, suivies d’une période de questions qui a duré presque une heure.")
        #expect(recap.blocks[5].text == "gestion des secrets")
        let link = try #require(recap.blocks[6].links.first)
        #expect(link.href == "https://example.org/diapos")
        let scalars = Array(recap.blocks[6].text.unicodeScalars)
        #expect(String(String.UnicodeScalarView(scalars[link.range])) == "https://example.org/diapos")
    }

    @Test func markdownGoesThroughCmarkWithExtensions() throws {
        let path = try #require(IngestFixtures.path("bilingual-notes.md"))
        let recap = try #require(reader.read(file: path).recaps.first)
        #expect(recap.key == "notes-autumn-meetup")
        #expect(recap.language == .en)
        #expect(recap.languageSource == .path)
        #expect(recap.blocks.first == TextBlock(kind: .heading(level: 1), text: "Notes from the autumn meetup"))
        #expect(recap.blocks.contains { $0.kind == .listItem && $0.text == "Scaling queues by Sam Ortiz" && $0.links.first?.href == "https://example.net/sam" })
        #expect(recap.blocks.contains { $0.text == "Raw HTML passes through the Markdown path." })
    }

    @Test func markdownRendererOptions() {
        let html = MarkdownRenderer().html(fromMarkdown: "a ~~b~~ www.example.com\n\n| x |\n| - |\n| y |\n\n<span>raw</span>\n")
        #expect(html.contains("<del>b</del>"))
        #expect(html.contains("<a href=\"http://www.example.com\">"))
        #expect(html.contains("<table>"))
        #expect(html.contains("<span>raw</span>"))
    }

    @Test func titleFallsBackToFirstH1() throws {
        let recap = try #require(reader.read(text: "---\ndate: 2020-01-01\n---\n## Not this\n\n# The title\n\nText.\n").recaps.first)
        #expect(recap.title == "The title")
    }

    @Test(arguments: [
        ("Rencontre d’été à Montréal!", "rencontre-dete-a-montreal"),
        ("/fr/2019/09/Œuvres & co/", "oeuvres-co"),
        ("  --Hello__World--  ", "hello-world"),
    ])
    func slugs(input: String, expected: String) {
        #expect(RecapKey.key(frontMatter: FrontMatter(fields: ["slug": .string(input)]), path: "x/y.md") == expected)
    }

    @Test func keyFromFileName() {
        // The `.fr` of Hugo's translation by file name is not part of the slug: Hugo serves it at /fr/…/soiree-ete/.
        #expect(RecapKey.key(frontMatter: FrontMatter(), path: "content/posts/Soirée Été.fr.md") == "soiree-ete")
        #expect(RecapKey.key(frontMatter: FrontMatter(), path: ".hidden") == "hidden")
    }
}

@Suite struct IngestInlineTextTests {
    @Test func whitespaceIsNormalizedIncludingNoBreakSpaces() {
        #expect(InlineText.normalizedWhitespace("  a\u{00A0}:\u{202F}b\t\n c\u{2009}d\u{200B}e  ") == "a : b c d e")
        #expect(InlineText.normalizedWhitespace("Été à Montréal — œuvre") == "Été à Montréal — œuvre")
        #expect(InlineText.normalizedWhitespace("\u{3000}") == "")
    }

    @Test func bareLinksUseScalarOffsets() {
        let links = InlineText.bareLinks(in: "Vidéo « https://example.org/é » et (http://x.io).")
        #expect(links.map(\.href) == ["https://example.org/é", "http://x.io"])
        #expect(links.first?.range == 8..<29)
    }
}
