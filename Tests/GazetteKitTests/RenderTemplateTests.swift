import Foundation
import Testing
@testable import GazetteKit

@Suite struct RenderTemplateTests {
    static let templatesFolder = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("templates").path

    static func filesOnDisk() -> [String: String] {
        var files: [String: String] = [:]
        let enumerator = FileManager.default.enumerator(atPath: templatesFolder)
        while let relative = enumerator?.nextObject() as? String {
            guard relative.hasSuffix(".mustache") || relative.hasSuffix(".yaml") else { continue }
            let data = FileManager.default.contents(atPath: templatesFolder + "/" + relative) ?? Data()
            files[relative] = String(decoding: data, as: UTF8.self)
        }
        return files
    }

    @Test func embeddedDefaultsMatchTheTemplatesFolder() throws {
        let onDisk = Self.filesOnDisk()
        try #require(!onDisk.isEmpty, "templates/ not found at \(Self.templatesFolder)")
        #expect(Set(onDisk.keys) == Set(DefaultTemplates.files.keys), "run scripts/embed-templates.sh")
        for (file, text) in onDisk {
            let same = DefaultTemplates.files[file] == text
            #expect(same, "\(file) differs from its embedded copy: run scripts/embed-templates.sh")
        }
        #expect(Set(TemplateSet.File.all).isSubset(of: Set(onDisk.keys)))
    }

    /// `{{{ }}}` and `{{& }}` skip escaping; in the HTML template only the intro, which is HTML built
    /// from Markdown by Gazette, may use them.
    @Test func htmlTemplateEscapesEverythingButTheIntro() throws {
        let source = try #require(DefaultTemplates.files[TemplateSet.File.emailHTML])
        var unescaped: [String] = []
        var rest = source[...]
        while let range = rest.range(of: "{{{") ?? rest.range(of: "{{&") {
            let end = rest[range.upperBound...].firstIndex(of: "}") ?? rest.endIndex
            unescaped.append(rest[range.upperBound..<end].trimmingCharacters(in: .whitespaces))
            rest = rest[end...]
        }
        #expect(unescaped == ["introHTML"])
        #expect(!source.contains("CONTENT_TYPE"), "the HTML template must keep Mustache's HTML escaping")
    }

    @Test func textTemplatesDoNotEscapeForHTML() {
        for file in [TemplateSet.File.emailText, TemplateSet.File.socialTalk, TemplateSet.File.socialRoundup] {
            #expect(DefaultTemplates.files[file]?.hasPrefix("{{% CONTENT_TYPE: TEXT}}") == true, "\(file)")
        }
    }

    @Test func ownFolderOverridesSomeFilesAndFallsBackForTheRest() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("gazette-render-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try FileManager.default.createDirectory(atPath: folder + "/strings", withIntermediateDirectories: true)
        try "{{% CONTENT_TYPE: TEXT}}\nOWN {{title}}".write(toFile: folder + "/social-talk.mustache", atomically: true, encoding: .utf8)
        try "newsletter_name: Le Canard des meetups\n".write(toFile: folder + "/strings/fr.yaml", atomically: true, encoding: .utf8)

        let set = try TemplateSet.load(directory: folder)
        #expect(set.sources[TemplateSet.File.socialTalk] == "{{% CONTENT_TYPE: TEXT}}\nOWN {{title}}")
        #expect(set.sources[TemplateSet.File.emailHTML] == DefaultTemplates.files[TemplateSet.File.emailHTML])
        #expect(set.strings(for: .fr)["newsletter_name"] == "Le Canard des meetups")
        #expect(set.strings(for: .fr)["link_slides"] == "Diapos", "keys the user did not set come from the default")

        let artifacts = try IssueRenderer(templates: set).render(RenderFixtures.issue())
        let post = try #require(artifacts.first { $0.path == "social/x/fr/2019-06-paris-alice-martin.txt" })
        #expect(post.content == "OWN Observabilité avec eBPF et Cilium")
        let email = try #require(artifacts.first { $0.path == "email/fr.html" })
        #expect(email.content.contains("Le Canard des meetups — juin 2019"))
    }

    @Test func writeDefaultsThenLoadGivesTheDefaults() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("gazette-render-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let written = try TemplateSet.writeDefaults(to: folder)
        #expect(written.count == DefaultTemplates.files.count)
        #expect(try TemplateSet.writeDefaults(to: folder).isEmpty, "existing files are kept")
        let loaded = try TemplateSet.load(directory: folder)
        #expect(loaded.sources == TemplateSet.defaults.sources)
    }

    @Test func brokenTemplateIsReportedWithItsFile() {
        #expect(throws: TemplateSet.LoadError.self) {
            try TemplateSet(sources: [TemplateSet.File.emailHTML: "{{#open}} never closed"])
        }
        #expect(throws: TemplateSet.LoadError.self) {
            try TemplateSet(sources: [TemplateSet.File.strings(.en): "- a list\n- not a map\n"])
        }
    }

    @Test func stringTablePlaceholdersAreFilledOnce() {
        let table = StringTable(values: ["greeting": "{a} and {b} {unknown}"], months: [])
        #expect(table["greeting", arguments: ["a": "{b}", "b": "B"]] == "{b} and B {unknown}")
        #expect(table["missing"] == "missing")
    }
}
