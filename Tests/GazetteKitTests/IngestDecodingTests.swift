import Foundation
import Testing
@testable import GazetteKit

@Suite struct IngestDecodingTests {
    let reader = RecapReader()

    @Test func emptyAndWhitespaceOnlyFilesFailWithTheirName() {
        for bytes: [UInt8] in [[], Array(" \n\t\r\n  ".utf8), [0xEF, 0xBB, 0xBF, 0x0A]] {
            let result = reader.read(bytes: bytes, source: "posts/empty.md")
            #expect(result.recaps.isEmpty)
            #expect(result.failure?.description == "posts/empty.md: error: empty file")
        }
    }

    @Test func binaryFilesAreRejected() {
        let png: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52]
        #expect(reader.read(bytes: png, source: "cover.txt").failure?.message == "binary file, not a recap")

        var controls = [UInt8](repeating: 0x01, count: 100)
        controls += Array("some text".utf8)
        #expect(reader.read(bytes: controls, source: "weird.txt").failure?.message == "binary file, not a recap")

        // A NUL far into an otherwise textual file still means it is not text.
        var late = Array(String(repeating: "Bonjour à tous.\n", count: 2000).utf8)
        late.append(0)
        #expect(reader.read(bytes: late, source: "late.txt").failure?.message == "binary file, not a recap")
    }

    @Test func invalidUTF8IsReadAsWindows1252WithAWarning() throws {
        // "Été à Montréal" with Windows-1252 bytes, and a curly apostrophe (0x92).
        var bytes = Array("---\ntitle: ".utf8) + [0xC9] + Array("t".utf8) + [0xE9] + Array(" ".utf8) + [0xE0]
        bytes += Array(" Montr".utf8) + [0xE9] + Array("al\ndate: 2021-07-01\n---\nL".utf8) + [0x92]
        bytes += Array("équipe était là.\n".utf8.map { $0 < 0x80 ? $0 : 0x65 })
        let result = reader.read(bytes: bytes, source: "old.md")
        let recap = try #require(result.recaps.first)
        #expect(recap.title == "Été à Montréal")
        #expect(recap.warnings.first?.description == "old.md: warning: not valid UTF-8; read as Windows-1252")
        #expect(recap.blocks.first?.text.hasPrefix("L\u{2019}") == true)
    }

    @Test func byteOrderMarkAndCRLFAreNormalized() throws {
        let text = "\u{FEFF}---\r\ntitle: Soirée\r\ndate: 2022-03-04\r\n---\r\nUne soirée avec des présentations.\r\n"
        let recap = try #require(reader.read(text: text).recaps.first)
        #expect(recap.title == "Soirée")
        #expect(recap.date == RecapDate(day: CalendarDay(year: 2022, month: 3, day: 4), source: .date))
        #expect(recap.frontMatter.bodyStartLine == 5)
        #expect(recap.warnings.isEmpty)
    }

    @Test func utf16WithBOMIsRead() throws {
        let text = "---\ntitle: Meetup\ndate: 2020-01-02\n---\nThe talks were great and the pizza was good.\n"
        var bytes: [UInt8] = [0xFF, 0xFE]
        for unit in text.utf16 { bytes += [UInt8(unit & 0xFF), UInt8(unit >> 8)] }
        let recap = try #require(reader.read(bytes: bytes, source: "wide.md").recaps.first)
        #expect(recap.title == "Meetup")
        #expect(recap.language == .en)
    }

    @Test func windows1252TableMapsTheC1Range() {
        #expect(Windows1252.decode([0x80, 0x92, 0x9C, 0xE9]) == "€’œé")
    }
}
