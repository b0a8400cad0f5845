import Foundation
import Testing
@testable import GazetteKit

/// A title holding `<script>`, `{{x}}` and a line break must come out inert and whole everywhere.
@Suite struct RenderEscapingTests {
    @Test func htmlEscapesEveryInterpolatedText() throws {
        let artifacts = try RenderFixtures.artifacts()
        for email in artifacts where email.kind == .emailHTML {
            let html = email.content
            #expect(!html.lowercased().contains("<script"), "\(email.path)")
            #expect(!html.contains("<b>"), "\(email.path)")
            #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt; {{x}} second line"), "\(email.path)")
            #expect(html.contains("{{{y}}}"), "\(email.path)")
            #expect(html.contains("Ève {{name}} O&#39;Neil") || html.contains("Ève {{name}} O’Neil"), "\(email.path)")
            #expect(html.contains("&lt;b&gt;Evil&lt;/b&gt; &amp; Co"), "\(email.path)")
            #expect(html.contains("href=\"https://example.org/a?b=1&amp;c=%222%22\"") || html.contains("href=\"https://example.org/a?b=1&amp;c=&quot;2&quot;\""),
                    "\(email.path)")
            #expect(HTMLValidation.problems(in: html) == [])
        }
    }

    @Test func textAndSocialOutputsKeepTheLiteralText() throws {
        let artifacts = try RenderFixtures.artifacts()
        for text in artifacts where text.kind == .emailText {
            #expect(text.content.contains("* " + RenderFixtures.hostileFolded), "\(text.path)")
            #expect(text.content.contains("{{{y}}}"), "\(text.path)")
            #expect(text.content.contains("Ève {{name}} O’Neil (<b>Evil</b> & Co)"), "\(text.path)")
        }
        let posts = artifacts.filter { $0.talkID == RenderFixtures.hostileTalk.id }
        #expect(posts.count == Platform.allCases.count * Language.allCases.count)
        for post in posts {
            #expect(post.content.contains(RenderFixtures.hostileFolded), "\(post.path)")
            #expect(!post.content.contains("alert(1)</script>\n"), "\(post.path)")
            #expect(!post.content.contains("&lt;"), "\(post.path)")
        }
        for roundup in artifacts where roundup.path.hasSuffix("/roundup.txt") && roundup.platform == .linkedin {
            #expect(roundup.content.contains("• " + RenderFixtures.hostileFolded + " — Ève {{name}} O’Neil"))
        }
    }

    @Test func hostileTalkIDMakesASafeFileName() throws {
        let paths = try RenderFixtures.artifacts().filter { $0.talkID == RenderFixtures.hostileTalk.id }.map(\.path)
        #expect(paths.allSatisfy { $0.hasSuffix("/2019-06-lyon-eve-script.txt") }, "\(paths)")
    }
}
