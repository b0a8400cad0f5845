import Testing
@testable import GazetteKit

/// HTMLBlockReader follows libxml2's parse events instead of walking a tree: what it makes of tag soup must
/// be what a reader of the page sees.
@Suite struct HTMLBlockReaderTests {
    let reader = HTMLBlockReader()

    @Test func skippedElementsHideTheirWholeContentAndNothingAfterThem() {
        let html = """
            <div>Before<script>var x = "<p>not text</p>";</script><noscript><p>Enable <b>scripts</b></p></noscript>after.</div>
            <p>Next <img src=" /img/a.png "> paragraph<br>on two lines.</p>
            """
        let content = reader.read(html: html)
        #expect(content.blocks.map(\.text) == ["Beforeafter.", "Next paragraph on two lines."])
        #expect(content.imageSources == ["/img/a.png"])
    }

    /// Struck-through text is taken back by its writer: the page is read without it.
    @Test func struckThroughTextIsReadAsTakenBack() {
        let html = """
            <ul><li><del>Fuzzing parsers</del> — <s>Carla Vidal</s> (cancelled)</li>
            <li>Talk by <strike>Jon</strike> Joan Marsh</li></ul>
            """
        #expect(reader.read(html: html).blocks.map(\.text) == ["— (cancelled)", "Talk by Joan Marsh"])
    }

    /// libxml2 pulls the page through a callback, which fills each pull whole (a few kilobytes) but for the last.
    /// Pulls cut inside a tag, an entity, an accented letter or an emoji give the same blocks as one pull, and
    /// none is read as Latin-1. (Pulls of a single byte are too short for libxml2's look-ahead; none is made.)
    @Test func aPageReadInTinyPullsGivesTheSameBlocks() throws {
        let html = """
            <h2>Soirée du 12 mars à Montréal</h2>
            <p>Élise Côté (Ubisoft) a présenté <a href="https://x.example/s">« Les opérateurs »</a> &amp; nous a parlé de 🚀 et d’œuvres.</p>
            <ul><li>Ana Ñúñez — <em>Crème brûlée</em></li><li>李小龍, Tencent</li></ul>
            <table><tr><td>Zoë</td><td>Kueue &eacute;tendu</td></tr></table>
            """
        let whole = reader.read(html: html).blocks
        #expect(whole.first?.text == "Soirée du 12 mars à Montréal")
        #expect(whole.contains { $0.text == "李小龍, Tencent" })
        let count = html.utf8.count
        for limit in [2, 3, 5, 7, 11, 64, 4000] {
            let pulled = html.withCString { reader.read(nulTerminatedHTML: $0, count: count, chunkLimit: limit).blocks }
            #expect(pulled == whole, "pulls of \(limit) bytes")
        }
    }

    @Test func impliedClosesCutBlocksAsABrowserDoes() {
        let content = reader.read(html: "<p>One<p>Two<ul><li>Three<li>Four</ul><h2>Five</h2>Six")
        #expect(content.blocks.map(\.text) == ["One", "Two", "Three", "Four", "Five", "Six"])
        #expect(content.blocks.map(\.kind) == [.paragraph, .paragraph, .listItem, .listItem, .heading(level: 2), .paragraph])
    }

    @Test func linksAndEmphasisKeepTheirScalarRanges() throws {
        let content = reader.read(html: #"<p>Élise <strong>Roy</strong> presented <a HREF=" https://x.example/s ">Les <em>opérateurs</em></a> &amp; more</p>"#)
        let block = try #require(content.blocks.first)
        #expect(block.text == "Élise Roy presented Les opérateurs & more")
        let link = try #require(block.links.first)
        #expect(link.href == "https://x.example/s")
        #expect(link.text == "Les opérateurs")
        let scalars = Array(block.text.unicodeScalars)
        #expect(String(String.UnicodeScalarView(scalars[link.range])) == "Les opérateurs")
        #expect(block.emphasis.map { String(String.UnicodeScalarView(scalars[$0])) } == ["Roy", "opérateurs"])
    }

    @Test func tableCellsKnowTheirRowAndColumn() {
        let content = reader.read(html: "<table><tr><th>Who</th><th>What</th></tr><tr><td>Ana</td><td>Kueue</td></tr></table>")
        #expect(content.blocks.map(\.text) == ["Who", "What", "Ana", "Kueue"])
        #expect(content.blocks.compactMap(\.cell).map { [$0.row, $0.column] } == [[0, 0], [0, 1], [1, 0], [1, 1]])
        #expect(content.blocks.compactMap(\.cell).map(\.isHeader) == [true, true, false, false])
    }

    @Test func aCellOutsideAnyTableIsAParagraph() {
        // Pasted from a table whose <table> tag was lost: this used to crash the whole run.
        let content = reader.read(html: "<td>Ana Roy presented “Kueue”.</td><th>Who</th><tr><td>x</td></tr>")
        #expect(content.blocks.map(\.text) == ["Ana Roy presented “Kueue”.", "Who", "x"])
        #expect(content.blocks.allSatisfy { $0.cell == nil })
    }

    @Test func longTextWithAccentsAndEmojiComesThroughWhole() throws {
        // libxml2 hands text over in pieces of a few hundred bytes: a character must never be cut between two.
        let sentence = String(repeating: "Ça déménage à Québec 🚀 — “vraiment” ! ", count: 400)
        let content = reader.read(html: "<p>\(sentence)</p>")
        #expect(content.blocks.count == 1)
        #expect(try #require(content.blocks.first).text == InlineText.normalizedWhitespace(sentence))
    }

    @Test func aCharsetHintInThePageDoesNotReencodeText() {
        // The text reached the parser as UTF-8; a stale <meta charset> must not turn "é" into "Ã©".
        let content = reader.read(html: #"<html><head><meta charset="iso-8859-1"><meta http-equiv="Content-Type" content="text/html; charset=windows-1252"></head><body><p>Soirée à Québec — “déjà”</p></body></html>"#)
        #expect(content.blocks.map(\.text) == ["Soirée à Québec — “déjà”"])
    }

    @Test func bytesAndStringReadAlike() {
        let html = "<h1>Titre</h1><p>Un <a href='/x'>lien</a> et du <i>texte</i>.</p>"
        let fromBytes = html.withCString { reader.read(nulTerminatedHTML: $0, count: html.utf8.count) }
        #expect(fromBytes.blocks == reader.read(html: html).blocks)
        #expect(reader.read(html: "").blocks.isEmpty)
        #expect(reader.read(html: "<p>x</p>").blocks.map(\.text) == ["x"])
    }

    @Test func markdownIsReadFromCmarksOwnBuffer() {
        let markdown = "# Soirée\n\n**Ana Roy** (Acme) a présenté [*Kueue*](https://x.example).\n\n| a | b |\n|---|---|\n| 1 | 2 |\n"
        let renderer = MarkdownRenderer()
        let direct = renderer.withHTML(fromMarkdown: markdown) { reader.read(nulTerminatedHTML: $0, count: $1) }
        #expect(direct.blocks == reader.read(html: renderer.html(fromMarkdown: markdown)).blocks)
        #expect(direct.blocks.map(\.text) == ["Soirée", "Ana Roy (Acme) a présenté Kueue.", "a", "b", "1", "2"])
    }
}
