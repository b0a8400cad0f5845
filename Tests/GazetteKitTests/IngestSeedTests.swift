import Foundation
import Testing
@testable import GazetteKit

/// The five real recaps in the project's shared folder, when it is there beside the package.
enum Seeds {
    static let folder: String = {
        let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        return packageRoot.deletingLastPathComponent().appendingPathComponent("shared/seeds").path
    }()

    static var available: Bool { FileManager.default.fileExists(atPath: folder + "/000_f77bde803349164b.txt") }

    static func path(_ prefix: String) -> String? {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        return names.first { $0.hasPrefix(prefix) }.map { folder + "/" + $0 }
    }
}

@Suite(.enabled(if: Seeds.available, "needs ../shared/seeds")) struct IngestSeedTests {
    let reader = RecapReader()

    func recap(_ prefix: String) throws -> Recap {
        let path = try #require(Seeds.path(prefix))
        let result = reader.read(file: path)
        #expect(result.failure == nil)
        return try #require(result.recaps.first)
    }

    @Test func languages() throws {
        #expect(try recap("000").language == .fr)
        #expect(try recap("001").language == .fr)
        #expect(try recap("002").language == .en)
        #expect(try recap("003").language == .fr)
        #expect(try recap("004").language == .fr)
        // 001 says so in its aliases; the others are told by their text.
        #expect(try recap("001").languageSource == .path)
        #expect(try recap("002").languageSource == .detected)
    }

    @Test func datesAndTheirWarnings() throws {
        let first = try recap("000")
        #expect(first.date == RecapDate(day: CalendarDay(year: 2019, month: 6, day: 21), source: .lastmod))
        #expect(first.warnings.isEmpty)

        let second = try recap("001")
        #expect(second.date == RecapDate(day: CalendarDay(year: 2019, month: 9, day: 12), source: .date))
        #expect(second.warnings.isEmpty)

        let english = try recap("002")
        #expect(english.date?.day == CalendarDay(year: 2018, month: 6, day: 21))
        #expect(english.warningMessages == ["dated 2018-06-21 (lastmod) but the title names 2019"])
        #expect(english.warnings.first?.line == 3)

        let third = try recap("003")
        #expect(third.date?.day == CalendarDay(year: 2018, month: 12, day: 7))
        #expect(third.warnings.isEmpty)

        let plain = try recap("004")
        #expect(plain.date == nil)
        #expect(plain.warningMessages == ["no date: front matter has no date, publishDate or lastmod and the file name none"])
    }

    @Test func titlesAndKeys() throws {
        #expect(try recap("000").title == "Journée Cloud Native 2019")
        let second = try recap("001")
        #expect(second.key == "les-meetups-kubernetes-et-cloud-native-de-lest-du-canada-ete-2019")
        #expect(try recap("002").key == "002-1afff8e29ffe0288")
        let plain = try recap("004")
        #expect(plain.title == "Retour sur la KubeCon EU")
        #expect(plain.blocks.first == TextBlock(kind: .heading(level: 1), text: "Retour sur la KubeCon EU"))
        #expect(plain.blocks.contains(TextBlock(kind: .heading(level: 2), text: "Présentation CNCF")))
        #expect(plain.blocks.contains(TextBlock(kind: .listItem, text: "scans de vulnérabilités")))
        #expect(plain.frontMatter.format == nil)
    }

    @Test func allSeedsTogetherInFolderOrder() {
        let result = reader.read(sources: [Seeds.folder])
        #expect(result.failures.isEmpty)
        #expect(result.recaps.map { String($0.source.split(separator: "/").last!.prefix(3)) } == ["000", "001", "002", "003", "004"])
    }
}
