import Foundation
import Testing
@testable import GazetteKit

/// Bad files must each give a clear one-line diagnostic while the others are still read.
@Suite struct IngestBadInputTests {
    let reader = RecapReader()

    @Test func oneBadFileDoesNotStopTheOthers() throws {
        let folder = TemporaryFolder()
        folder.write("01-good.md", "---\ntitle: Bonne soirée\ndate: 2021-04-01\n---\nNous avons eu deux présentations.\n")
        folder.write("02-empty.md", "")
        folder.write("03-binary.txt", bytes: [0x00, 0x01, 0x02, 0x03, 0xFF])
        folder.write("04-broken.md", "---\ntitle: [unclosed\n---\nbody\n")
        folder.write("05-latin.txt", bytes: Array("---\ntitle: Soir".utf8) + [0xE9, 0x65] + Array("\ndate: 2021-05-01\n---\nLa soir".utf8) + [0xE9, 0x65, 0x0A])
        folder.write("06-good.md", "---\ntitle: Good night\ndate: 2021-06-01\n---\nThe talks were great.\n")
        let result = reader.read(sources: [folder.path, folder.path + "/missing.md"])

        #expect(result.recaps.map(\.key) == ["01-good", "05-latin", "06-good"])
        let failures = result.failures.map { "\(($0.file as NSString).lastPathComponent): \($0.message)" }
        #expect(failures == [
            "missing.md: no such file or folder",
            "02-empty.md: empty file",
            "03-binary.txt: binary file, not a recap",
            "04-broken.md: YAML front matter cannot be read: did not find expected ',' or ']' (while parsing a flow sequence on line 2)",
        ])
        #expect(result.failures.allSatisfy { !$0.description.contains("\n") })
        #expect(result.failures.first { $0.file.hasSuffix("04-broken.md") }?.line == 3)
        #expect(result.recaps[1].warningMessages == ["not valid UTF-8; read as Windows-1252"])
        #expect(result.recaps[1].title == "Soirée")
    }

    @Test func parallelReadKeepsInputOrder() {
        let folder = TemporaryFolder()
        for index in 0..<60 {
            let name = String(format: "%03d.md", index)
            folder.write(name, "---\ntitle: Recap \(index)\ndate: 2020-01-01\n---\nThe talk number \(index) was good.\n")
        }
        let result = reader.read(sources: [folder.path])
        #expect(result.recaps.map(\.title) == (0..<60).map { "Recap \($0)" })
        #expect(result.failures.isEmpty)
    }

    @Test func fiftyMegabyteFileIsReadWithoutCrashing() throws {
        let paragraph = "<p>Les présentations de la soirée ont porté sur Kubernetes et la sécurité des grappes, avec beaucoup de questions.</p>\n"
        var text = "---\ntitle: Grosse archive\ndate: 2020-02-02\n---\n"
        let repeats = 50_000_000 / paragraph.utf8.count + 1
        text += String(repeating: paragraph, count: repeats)
        #expect(text.utf8.count >= 50_000_000)
        let start = Date()
        // Past the default limit on purpose: an organizer who raises it must still get a linear read.
        let result = RecapReader(maximumBytes: 60_000_000).read(bytes: Array(text.utf8), source: "huge.txt")
        let elapsed = Date().timeIntervalSince(start)
        #expect(result.failure == nil)
        let recap = try #require(result.recaps.first)
        #expect(recap.title == "Grosse archive")
        #expect(recap.language == .fr)
        #expect(recap.date?.day == CalendarDay(year: 2020, month: 2, day: 2))
        #expect(elapsed < 60)
    }

    @Test func htmlNestedAHundredThousandDeepDoesNotCrash() throws {
        var text = "---\ntitle: Profond\ndate: 2020-02-02\n---\n"
        text += String(repeating: "<div>", count: 100_000) + "<p>Au fond du puits.</p>" + String(repeating: "</div>", count: 100_000)
        let result = reader.read(bytes: Array(text.utf8), source: "deep.html")
        #expect(result.failure == nil)
        let recap = try #require(result.recaps.first)
        #expect(recap.title == "Profond")
        // Whatever the HTML reader could not read is told, with the file's name.
        #expect(recap.warnings.allSatisfy { $0.file == "deep.html" })
    }

    @Test func readingAFolderSymlinkLoopAsAFileFails() throws {
        let folder = TemporaryFolder()
        let loop = folder.path + "/loop.md"
        try FileManager.default.createSymbolicLink(atPath: loop, withDestinationPath: loop)
        let result = reader.read(file: loop)
        #expect(result.recaps.isEmpty)
        #expect(result.failure?.file == loop)
        #expect(result.failure?.message.hasPrefix("cannot read file") == true)
    }

    @Test func readingAFolderAsAFileFails() {
        let folder = TemporaryFolder()
        let result = reader.read(file: folder.path)
        #expect(result.failure?.message.hasPrefix("cannot read file") == true)
    }
}
