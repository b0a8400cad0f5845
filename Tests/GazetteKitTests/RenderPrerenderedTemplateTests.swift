import Mustache
import Testing
@testable import GazetteKit

@Suite struct RenderPrerenderedTemplateTests {
    static let keys = ["title", "speakers", "summary", "url"]

    /// Random values with what a template must not alter: markup, ampersands, braces, accents, new lines, emoji.
    static func values(_ random: inout SeededGenerator) -> [String: String] {
        let words = ["Kubernetes", "l'été", "<b>gras</b>", "R&D", "{{title}}", "café", "🎤", "a\nb", "\"quoted\"", "x.y", " "]
        var values: [String: String] = [:]
        for key in keys where random.below(3) != 0 {
            values[key] = (0...random.below(4)).map { _ in words[random.below(words.count)] }.joined(separator: " ")
        }
        return values
    }

    static func compare(_ source: String, seed: UInt64 = 5) throws -> PrerenderedTemplate {
        let template = try MustacheTemplate(string: source)
        let prerendered = PrerenderedTemplate(template, source: source, keys: keys)
        var random = SeededGenerator(state: seed)
        for _ in 0..<500 {
            let values = values(&random)
            #expect(prerendered.render(values) == template.render(values), "\(values)")
        }
        return prerendered
    }

    @Test func theSocialTalkTemplateIsFilledInAsMustacheRendersIt() throws {
        let source = try #require(DefaultTemplates.files[TemplateSet.File.socialTalk])
        let template = try MustacheTemplate(string: source)
        let prerendered = PrerenderedTemplate(template, source: source, keys: SocialPostBuilder.talkKeys)
        var random = SeededGenerator(state: 17)
        let words = ["Kubernetes", "l'été", "R&D", "<i>", "🎤", "https://example.org/a?b=1&c=2", "#cloud #k8s"]
        for _ in 0..<1_000 {
            var values: [String: String] = ["title": words[random.below(words.count)]]
            for key in SocialPostBuilder.talkKeys.dropFirst() where random.below(2) == 0 {
                values[key] = (0...random.below(3)).map { _ in words[random.below(words.count)] }.joined(separator: " ")
            }
            #expect(prerendered.render(values) == template.render(values), "\(values)")
            #expect(prerendered.isPrerendered(Set(values.keys)), "the built-in template never needs Mustache again")
        }
    }

    @Test func sectionsInvertedSectionsAndTheCurrentValueComeOutTheSame() throws {
        let prerendered = try Self.compare("""
            {{% CONTENT_TYPE: TEXT}}
            {{title}}{{^title}}untitled{{/title}}
            {{#speakers}}by {{.}}{{/speakers}}{{! a comment }}
            {{#summary}}

            {{{summary}}} / {{&summary}}
            {{/summary}}
            {{#url}}{{#title}}{{url}} ({{title}}){{/title}}{{/url}}
            """)
        #expect(prerendered.isPrerendered(["title", "url"]))
        #expect(prerendered.isPrerendered([]))
    }

    @Test func anHTMLTemplateThatEscapesValuesIsLeftToMustache() throws {
        let prerendered = try Self.compare("<p>{{title}}</p>{{#url}}<a href=\"{{url}}\">{{{title}}}</a>{{/url}}")
        #expect(!prerendered.isPrerendered(["title"]), "escaped, so a value is not put in as it is")
        #expect(prerendered.isPrerendered(["speakers"]), "no value shown: nothing to escape")
    }

    @Test func transformsAndOtherDelimitersAreLeftToMustache() throws {
        for source in ["{{% CONTENT_TYPE: TEXT}}{{uppercased(title)}} {{#empty(summary)}}none{{/empty(summary)}}",
                       "{{% CONTENT_TYPE: TEXT}}{{reversed(title)}}",
                       "{{% CONTENT_TYPE: TEXT}}{{=<% %>=}}<% title %> <%# url %><% url %><%/ url %>"] {
            let prerendered = try Self.compare(source)
            #expect(!prerendered.isPrerendered(["title", "url", "summary"]), "\(source)")
        }
        #expect(PrerenderedTemplate.isPlain("{{% CONTENT_TYPE: TEXT}}{{title}} (draft) {{#url}}{{url}}{{/url}}"),
                "parentheses outside tags are text")
    }

    @Test func aTemplateWhoseOwnTextHoldsTheMarkersIsLeftToMustache() throws {
        let prerendered = try Self.compare("{{% CONTENT_TYPE: TEXT}}\u{E000}a&<\u{E001} {{title}}")
        #expect(!prerendered.isPrerendered(["title"]))
    }
}
