import Testing
@testable import GazetteKit

@Suite struct IngestFrontMatterTests {
    let reader = RecapReader()

    @Test func yamlFieldsAreLowercasedAndSimplified() throws {
        let text = """
        ---
        Title: "Rencontre d’automne"
        publishDate: 2023-10-05T18:30:00-04:00
        draft: false
        weight: 3
        tags: [kubernetes, "cloud native"]
        aliases:
          - /fr/2023/10/rencontre/
        resources:
        - name: cover
          src: cover.jpg
        description:
        ---
        Nous avons eu deux présentations.
        """
        let recap = try #require(reader.read(text: text).recaps.first)
        let fields = recap.frontMatter.fields
        #expect(recap.frontMatter.format == .yaml)
        #expect(fields["title"] == .string("Rencontre d’automne"))
        #expect(fields["publishdate"] == .string("2023-10-05T18:30:00-04:00"))
        #expect(fields["draft"] == .string("false"))
        #expect(fields["weight"] == .string("3"))
        #expect(fields["tags"] == .list(["kubernetes", "cloud native"]))
        #expect(fields["aliases"] == .list(["/fr/2023/10/rencontre/"]))
        // Lists of mappings are kept whole (sites keep talks that way); later stages read what they know.
        #expect(fields["resources"] == .nested(.list([.map([(key: "name", value: .text("cover")), (key: "src", value: .text("cover.jpg"))])])))
        #expect(fields["description"] == nil)
        #expect(recap.frontMatter.bodyStartLine == 14)
        #expect(recap.date == RecapDate(day: CalendarDay(year: 2023, month: 10, day: 5), source: .publishDate))
    }

    @Test func tomlFrontMatterWithNativeDates() throws {
        let text = """
        +++
        title = "Winter meetup"
        date = 2024-01-18
        lastmod = 2024-02-01T10:00:00Z
        draft = true
        tags = ["go", "rust"]
        [params]
        cover = "x.png"
        +++
        We had three talks and a lot of questions.
        """
        let recap = try #require(reader.read(text: text).recaps.first)
        let fields = recap.frontMatter.fields
        #expect(recap.frontMatter.format == .toml)
        #expect(fields["title"] == .string("Winter meetup"))
        #expect(fields["date"] == .string("2024-01-18"))
        #expect(fields["lastmod"] == .string("2024-02-01T10:00:00"))
        #expect(fields["draft"] == .string("true"))
        #expect(fields["tags"] == .list(["go", "rust"]))
        #expect(fields["params"] == nil)
        #expect(recap.frontMatter.bodyStartLine == 10)
        #expect(recap.date?.day == CalendarDay(year: 2024, month: 1, day: 18))
        #expect(recap.blocks.map(\.text) == ["We had three talks and a lot of questions."])
    }

    @Test func jsonFrontMatterFoundByBraceMatching() throws {
        let text = """
        {
          "title": "Braces { inside } \\"quotes\\"",
          "Date": "2021-05-06",
          "featured": true,
          "rank": 2,
          "tags": ["a", "b"]
        }
        The evening was about observability.
        """
        let recap = try #require(reader.read(text: text).recaps.first)
        let fields = recap.frontMatter.fields
        #expect(recap.frontMatter.format == .json)
        #expect(fields["title"] == .string("Braces { inside } \"quotes\""))
        #expect(fields["featured"] == .string("true"))
        #expect(fields["rank"] == .string("2"))
        #expect(fields["tags"] == .list(["a", "b"]))
        #expect(recap.frontMatter.bodyStartLine == 8)
        #expect(recap.date?.source == .date)
        #expect(recap.blocks.first?.text == "The evening was about observability.")
    }

    @Test func brokenYAMLNamesFileAndLine() throws {
        let text = "---\ntitle: ok\ndate: 2020-01-01\ntags: [a, b\nauthor: x\n---\nbody\n"
        let failure = try #require(reader.read(text: text, name: "broken.md").failure)
        #expect(failure.file == "broken.md")
        #expect(failure.severity == .error)
        #expect(failure.line == 5)
        #expect(failure.message.hasPrefix("YAML front matter cannot be read"))
        #expect(!failure.description.contains("\n"))
    }

    @Test func yamlTabIndentErrorPointsAtItsLine() throws {
        let text = "---\ntitle: ok\n\tdate: 2020-01-01\n---\nbody\n"
        let failure = try #require(reader.read(text: text, name: "tab.md").failure)
        #expect(failure.line == 3)
    }

    @Test func brokenTOMLNamesLine() throws {
        let text = "+++\ntitle = \"ok\"\ndate = = 2020\n+++\nbody\n"
        let failure = try #require(reader.read(text: text, name: "t.md").failure)
        #expect(failure.line == 3)
        #expect(failure.message.hasPrefix("TOML front matter cannot be read"))
    }

    @Test func brokenJSONNamesLine() throws {
        let text = "{\n\"title\": \"x\",\n\"date\": 2020-01-01\n}\nbody\n"
        let failure = try #require(reader.read(text: text, name: "j.md").failure)
        #expect(failure.message.hasPrefix("JSON front matter cannot be read"))
        #expect(failure.line == 3)
    }

    @Test func unclosedDelimitersFailAtLineOne() {
        for (text, delimiter) in [("---\ntitle: x\nbody", "---"), ("+++\ntitle = 'x'\n", "+++")] {
            let failure = reader.read(text: text, name: "open.md").failure
            #expect(failure?.line == 1)
            #expect(failure?.message == "front matter opened with \(delimiter) on line 1 is never closed")
        }
        #expect(reader.read(text: "{\"title\": \"x\"\nbody", name: "o.md").failure?.message
            == "JSON front matter opened with { on line 1 is never closed")
    }

    @Test func yamlThatIsNotAMappingFails() {
        let failure = reader.read(text: "---\n- a\n- b\n---\nbody\n", name: "list.md").failure
        #expect(failure?.message == "YAML front matter is not a list of key: value pairs")
    }

    @Test func emptyFrontMatterIsAllowed() throws {
        let recap = try #require(reader.read(text: "---\n---\nThe talks were recorded.\n").recaps.first)
        #expect(recap.frontMatter.format == .yaml)
        #expect(recap.frontMatter.fields.isEmpty)
    }

    @Test func keyLinesAreFoundInAllSyntaxes() throws {
        let parser = FrontMatterParser()
        let yaml = try parser.parse("---\ntitle: a\nLastMod: 2020\n---\n").get()
        #expect(yaml.line(ofKey: "lastmod") == 3)
        let toml = try parser.parse("+++\ntitle = 'a'\ndate = 'x'\n+++\n").get()
        #expect(toml.line(ofKey: "date") == 3)
        let json = try parser.parse("{\n \"title\": \"a\",\n \"date\": \"x\"\n}\n").get()
        #expect(json.line(ofKey: "date") == 3)
    }
}
