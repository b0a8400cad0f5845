import Foundation
import Testing
@testable import GazetteKit

/// The flat front matter reader must give what Yams gives, or leave the front matter to Yams.
@Suite struct FlatYAMLFrontMatterTests {
    /// nil when the flat reader declined; otherwise its fields, checked equal to Yams's.
    func flatFields(_ text: String, sourceLocation: SourceLocation = #_sourceLocation) -> [String: FrontMatterValue]? {
        guard let flat = FlatYAMLFrontMatter.fields(from: text) else { return nil }
        switch YAMLFrontMatter.yamsFields(from: text, firstLine: 2) {
        case .success(let yams): #expect(flat == yams, "\(text)", sourceLocation: sourceLocation)
        case .failure(let failure): Issue.record("Yams refused what the flat reader read: \(failure.message)\n\(text)", sourceLocation: sourceLocation)
        }
        return flat
    }

    @Test func archetypeFrontMatterIsReadFlat() {
        let text = """
            title: "Kubernetes Montréal : bilan de novembre, 2026"
            date: 2026-11-18T19:00:00-05:00
            Draft: false
            slug: bilan-novembre
            author: Équipe d'organisation
            summary: 'Trois présentations, une table ronde'
            weight: 10
            lastmod: ~
            image:
            url: /fr/posts/bilan/
            """
        let fields = flatFields(text)
        #expect(fields?["title"] == .string("Kubernetes Montréal : bilan de novembre, 2026"))
        #expect(fields?["draft"] == .string("false"))
        #expect(fields?["author"] == .string("Équipe d'organisation"))
        #expect(fields?["lastmod"] == nil && fields?["image"] == nil)
        #expect(fields?.count == 8)
        #expect(flatFields("title: x\r\ndate: 2024-01-02\r\n") == ["title": .string("x"), "date": .string("2024-01-02")])
        #expect(flatFields("") == [:])
    }

    @Test func everythingElseIsLeftToYams() {
        let declined = [
            "tags:\n  - kubernetes\n  - cncf",            // a block list
            "tags: [kubernetes, cncf]",                     // a flow list
            "title: \"Say \\\"hi\\\"\"",                    // escapes
            "title: 'It''s here'",                          // a doubled quote
            "title: x # a comment",                         // a comment
            "# a comment line\ntitle: x",
            "title: a: b",                                  // a colon and a space in a plain scalar
            "title: x\ttab",                                // a tab
            "title: x  ",                                   // trailing spaces
            "title: \"x\"  ",
            "description: >\n  folded text",                // block styles
            "title: &anchor x",                             // anchors
            "title: -x",                                    // an indicator first
            "title: Café\u{85}bar",                         // NEL, a YAML line break
            "title: Caf\u{81}",                             // a C1 control, which YAML refuses
            "title: x\nTitle: y",                           // a key twice
            "title: \"multi\n  line\"",                     // a quoted scalar over two lines
            "my title: x",                                  // a key with a space
            "  title: x",                                   // indentation
            "title: He said \"hi\"",
        ]
        for text in declined {
            #expect(FlatYAMLFrontMatter.fields(from: text) == nil, "\(text)")
        }
    }

    /// Every YAML front matter of ../shared's real posts (skipped without them): read flat or declined,
    /// never read differently.
    @Test func realPostsReadTheSameEitherWay() throws {
        let shared = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../../../../shared").standardized
        guard FileManager.default.fileExists(atPath: shared.path) else { return }
        var readFlat = 0
        for folder in ["seeds", "dev"] {
            guard let files = FileManager.default.enumerator(atPath: shared.appendingPathComponent(folder).path) else { continue }
            for case let file as String in files {
                guard let text = try? String(contentsOf: shared.appendingPathComponent(folder).appendingPathComponent(file), encoding: .utf8),
                      text.hasPrefix("---\n"), let close = text.range(of: "\n---", range: text.index(text.startIndex, offsetBy: 4)..<text.endIndex)
                else { continue }
                if flatFields(String(text[text.index(text.startIndex, offsetBy: 4)..<close.lowerBound])) != nil { readFlat += 1 }
            }
        }
        #expect(readFlat > 0, "some real front matter is of the flat shape")
    }
}
