import Foundation
import Testing
@testable import GazetteKit

@Suite struct SubscriberListTests {
    let folder = TemporaryFolder()

    private func load(_ name: String, _ text: String, suppression: SuppressionList = .empty) throws -> (SubscriberList, String) {
        let path = folder.write(name, text)
        return (try SubscriberList.load(path: path, suppression: suppression), path)
    }

    // MARK: CSV

    @Test func csvReadsNamesLanguagesAndExtraColumnsAsAttributes() throws {
        let (list, path) = try load("subscribers.csv", """
            email,name,language,city,Member Since
            ana@example.org,Ana Lee,fr,Montréal,2021
            bob@example.org,,en,,
            chloe@example.org,Chloé Roy,both,Québec,2019

            """)
        #expect(list.skipped.isEmpty)
        #expect(list.subscribers == [
            Subscriber(address: "ana@example.org", name: "Ana Lee", edition: .fr,
                       attributes: ["city": "Montréal", "Member Since": "2021"], file: path, line: 2),
            Subscriber(address: "bob@example.org", name: nil, edition: .en, attributes: [:], file: path, line: 3),
            Subscriber(address: "chloe@example.org", name: "Chloé Roy", edition: .bilingual,
                       attributes: ["city": "Québec", "Member Since": "2019"], file: path, line: 4),
        ])
    }

    @Test(arguments: [
        ("fr", Edition.fr), ("FR", .fr), ("Français", .fr), ("francais", .fr), ("French", .fr), ("fr-CA", .fr),
        ("en", .en), ("EN", .en), ("English", .en), ("anglais", .en), ("en_US", .en),
        ("both", .bilingual), ("Both", .bilingual), ("bilingual", .bilingual), ("Bilingue", .bilingual), ("", .bilingual),
    ])
    func languageWordsPeopleTypeAreUnderstood(written: String, edition: Edition) throws {
        let (list, _) = try load("subscribers.csv", "email,language\nana@example.org, \(written) \n")
        #expect(list.skipped.isEmpty)
        #expect(list.subscribers.map(\.edition) == [edition])
    }

    @Test func unknownLanguageIsSkippedWithItsLine() throws {
        let (list, path) = try load("subscribers.csv", "email,language\nana@example.org,fr\nbob@example.org,de\n")
        #expect(list.subscribers.map(\.address) == ["ana@example.org"])
        #expect(list.skipped.map(\.description) == [
            "\(path):3: warning: \"bob@example.org\" has unknown language \"de\" (expected fr, en or both), skipped",
        ])
    }

    @Test func headerNamesAreCaseInsensitiveInAnyOrderAndLanguageIsOptional() throws {
        let (reordered, _) = try load("a.csv", "Language,NAME,E-Mail\nen,Bob,bob@example.org\n")
        #expect(reordered.subscribers == [Subscriber(address: "bob@example.org", name: "Bob", edition: .en, file: reordered.subscribers.first?.file ?? "", line: 2)])
        let (addressOnly, _) = try load("b.csv", "EMAIL\nbob@example.org\n")
        #expect(addressOnly.subscribers.map(\.edition) == [.bilingual])
        #expect(addressOnly.subscribers.map(\.name) == [nil])
    }

    @Test func byteOrderMarkCRLFQuotedCommasAndBlankLinesAreHandled() throws {
        let text = "\u{FEFF}email,name,language\r\n\r\n\"ana@example.org\",\"Lee, Ana\",fr\r\n  \r\nbob@example.org,\"Bob \"\"The Builder\"\"\",en\r\n,,\r\ncarl@example.org,Carl,en"
        let (list, _) = try load("subscribers.csv", text)
        #expect(list.skipped.isEmpty)
        #expect(list.subscribers.map(\.name) == ["Lee, Ana", "Bob \"The Builder\"", "Carl"])
        #expect(list.subscribers.map(\.line) == [3, 5, 7])
    }

    @Test func linesCountBreaksInsideQuotedFields() throws {
        let text = """
            email,name,notes
            ana@example.org,Ana,"met at the
            spring meetup"
            "bob@example.org","Bob
            Smith",x
            carl@@example.org,Carl,
            dina@example.org,Dina,"one\r\ntwo\r\nthree"
            erin@example.org,Erin,
            """
        let (list, path) = try load("subscribers.csv", text)
        #expect(list.subscribers.map(\.address) == ["ana@example.org", "bob@example.org", "dina@example.org", "erin@example.org"])
        #expect(list.subscribers.map(\.line) == [2, 4, 7, 10])
        #expect(list.subscribers.first?.attributes == ["notes": "met at the\nspring meetup"])
        #expect(list.subscribers[1].name == "Bob Smith", "a line break in a name becomes a space")
        #expect(list.skipped.map(\.description) == [
            "\(path):6: warning: \"carl@@example.org\" is not an email address (two @), skipped",
        ])
    }

    @Test func badAddressesAreReportedWithTheirLines() throws {
        let (list, path) = try load("subscribers.csv", """
            email,name
            ana@example.org,Ana
            ana@@example.org,Ana twice
            ,Nobody
            bob at example.org,Bob
            "ana@example.org\nBcc: everyone@example.org",Mallory
            """)
        #expect(list.subscribers.map(\.address) == ["ana@example.org"])
        #expect(list.skipped.map(\.description) == [
            "\(path):3: warning: \"ana@@example.org\" is not an email address (two @), skipped",
            "\(path):4: warning: no email address, skipped",
            "\(path):5: warning: \"bob at example.org\" is not an email address (contains a space), skipped",
            "\(path):6: warning: \"ana@example.org\\nBcc: everyone@example.org\" is not an email address (contains a line break), skipped",
        ])
    }

    @Test func controlCharactersInANameBecomeASpaceAndTheSubscriberStays() throws {
        // CR, LF, NUL, BEL, NEL (U+0085), LINE SEPARATOR (U+2028), a tab: each run becomes one space.
        let csv = "email,name\nana@example.org,\"Ana\r\nLee\"\nbob@example.org,Bob\u{0}Roy\ncarl@example.org,Carl\u{85}Dion\n"
            + "dina@example.org,Dina\u{2028}Ng\neve@example.org,Eve\u{7}\tFox\nfay@example.org,\u{2028}Fay\n"
        let (list, _) = try load("subscribers.csv", csv)
        #expect(list.skipped.map(\.description) == [])
        #expect(list.subscribers.map(\.name) == ["Ana Lee", "Bob Roy", "Carl Dion", "Dina Ng", "Eve Fox", "Fay"])
        let (yaml, _) = try load("subscribers.yaml", "- email: ana@example.org\n  name: \"Ana\\u2028Lee\\0\"\n")
        #expect(yaml.subscribers.map(\.name) == ["Ana Lee"])
    }

    @Test func aStrayOpeningQuoteIsAnErrorNamingItsLineNotASilentlyShortList() throws {
        var csv = "email,name,language\n"
        for index in 0..<10 { csv += "reader\(index)@example.org,Reader,en\n" }
        csv += "a@example.org,\"Jean,fr\n"  // line 12
        for index in 10..<1000 { csv += "reader\(index)@example.org,Reader,en\n" }
        let path = folder.write("subscribers.csv", csv)
        #expect(throws: SubscribersFileError(file: path, line: 12, message: "a quoted field opens on this line and is never closed, "
            + "so every row after it would be lost; close or remove the quote (nothing was sent)")) {
            try SubscriberList.load(path: path)
        }
        // Same at the very end, and with semicolons.
        let last = folder.write("last.csv", "email;name\nana@example.org;Ana\nbob@example.org;\"Bob")
        #expect(throws: SubscribersFileError.self) { try SubscriberList.load(path: last) }
        // Quotes that do close (escaped, around commas and line breaks, after a quote in mid-field) are fine.
        let (fine, _) = try load("fine.csv", "email,name\nana@example.org,\"Lee, \"\"Ana\"\"\"\nbob@example.org,Bob \"B\" Roy\n"
            + "carl@example.org,\"Carl\nDion\"\n")
        #expect(fine.subscribers.map(\.name) == ["Lee, \"Ana\"", "Bob \"B\" Roy", "Carl Dion"])
    }

    @Test func anInternationalDomainIsWrittenInItsASCIIFormAndALocalPartIsRefused() throws {
        let (list, path) = try load("subscribers.csv", """
            email,name
            user@bücher.de,Ana
            USER@Bücher.DE,Bob
            carl@xn--caf-dma.example,Carl
            dïna@example.org,Dina
            eve@例え.テスト,Eve
            """, suppression: SuppressionList(addresses: ["eve@例え.テスト"]))
        #expect(list.subscribers.map(\.address) == ["user@xn--bcher-kva.de", "carl@xn--caf-dma.example"])
        #expect(list.suppressedCount == 1, "the suppression file matches the ASCII form too")
        #expect(list.skipped.map(\.description) == [
            "\(path):3: warning: \"USER@Bücher.DE\" is a duplicate of line 2 (\"user@xn--bcher-kva.de\"), skipped",
            "\(path):5: warning: \"dïna@example.org\" is not an email address (\"ï\" is not allowed before the @), skipped",
        ])
    }

    @Test func duplicatesFoldCaseAndTheFirstOccurrenceWins() throws {
        let (list, path) = try load("subscribers.csv", """
            email,name,language
            Ana@Example.org,Ana,fr
            bob@example.org,Bob,en
            ana@example.org,Ana again,en
            ANA@EXAMPLE.ORG,Ana thrice,en
            """)
        #expect(list.subscribers.map(\.address) == ["Ana@Example.org", "bob@example.org"])
        #expect(list.subscribers.first?.edition == .fr)
        #expect(list.duplicateCount == 2)
        #expect(list.skipped.map(\.description) == [
            "\(path):4: warning: \"ana@example.org\" is a duplicate of line 2 (\"Ana@Example.org\"), skipped",
            "\(path):5: warning: \"ANA@EXAMPLE.ORG\" is a duplicate of line 2 (\"Ana@Example.org\"), skipped",
        ])
    }

    @Test func aSkippedFirstOccurrenceDoesNotMakeTheNextOneADuplicate() throws {
        let (list, _) = try load("subscribers.csv", "email,language\nana@example.org,klingon\nANA@example.org,en\n")
        #expect(list.subscribers.map(\.address) == ["ANA@example.org"])
        #expect(list.duplicateCount == 0)
        #expect(list.skipped.count == 1)
    }

    @Test func suppressedAddressesAreCountedNotReported() throws {
        let suppression = SuppressionList(addresses: ["BOB@example.org", "gone@example.org"])
        let (list, _) = try load("subscribers.csv", """
            email
            ana@example.org
            bob@example.org
            Bob@Example.org
            carl@example.org
            """, suppression: suppression)
        #expect(list.subscribers.map(\.address) == ["ana@example.org", "carl@example.org"])
        #expect(list.suppressedCount == 2)
        #expect(list.duplicateCount == 0)
        #expect(list.skipped.isEmpty)
    }

    @Test func semicolonSeparatedSpreadsheetExportsAreRead() throws {
        let (list, _) = try load("subscribers.csv", "Courriel;Nom;Langue\nana@example.org;Lee, Ana;français\n")
        #expect(list.subscribers == [Subscriber(address: "ana@example.org", name: "Lee, Ana", edition: .fr, file: list.subscribers.first?.file ?? "", line: 2)])
    }

    @Test func windows1252FileIsReadWithAWarning() throws {
        let path = folder.write("subscribers.csv", bytes: Array("email,name\nchloe@example.org,Chlo".utf8) + [0xE9] + Array(" Roy\nana@example.org,Ana\n".utf8))
        let list = try SubscriberList.load(path: path)
        #expect(list.subscribers.map(\.name) == ["Chloé Roy", "Ana"])
        #expect(list.subscribers.map(\.line) == [2, 3])
        #expect(list.warnings.map(\.description) == ["\(path): warning: not valid UTF-8; read as Windows-1252"])
    }

    @Test func oneHundredThousandSubscribersLoad() throws {
        var text = "email,name,language,city\n"
        text.reserveCapacity(7_000_000)
        let languages = ["fr", "en", "both"]
        for index in 0..<100_000 {
            text += "person\(index)@example\(index % 97).org,Person \(index),\(languages[index % 3]),Montréal\n"
        }
        text += "person5@example5.org,Duplicate,fr\n"
        let suppression = SuppressionList(addresses: ["person7@example7.org", "person99999@example89.org"])
        let (list, _) = try load("big.csv", text, suppression: suppression)
        #expect(list.subscribers.count == 99_998)
        #expect(list.suppressedCount == 2)
        #expect(list.duplicateCount == 1)
        #expect(list.skipped.map(\.line) == [100_002])
        #expect(list.subscribers.last?.address == "person99998@example88.org")
        #expect(list.subscribers.last?.line == 100_000)
        // person7 (index 7) was an English reader; the other suppressed one and the duplicate were French.
        #expect(list.subscribers.filter { $0.edition == .en }.count == 33_332)
    }

    // MARK: YAML

    @Test func yamlTopLevelListWithLineNumbers() throws {
        let (list, path) = try load("subscribers.yaml", """
            # our list
            - email: ana@example.org
              name: Ana Lee
              language: fr
              city: Montréal
            - email: bob@@example.org
              language: en
            - Email: carl@example.org
              Language: English
              member_since: 2019
            - dina@example.org
            """)
        #expect(list.subscribers == [
            Subscriber(address: "ana@example.org", name: "Ana Lee", edition: .fr, attributes: ["city": "Montréal"], file: path, line: 2),
            Subscriber(address: "carl@example.org", name: nil, edition: .en, attributes: ["member_since": "2019"], file: path, line: 8),
            Subscriber(address: "dina@example.org", name: nil, edition: .bilingual, file: path, line: 11),
        ])
        #expect(list.skipped.map(\.description) == [
            "\(path):6: warning: \"bob@@example.org\" is not an email address (two @), skipped",
        ])
    }

    @Test func yamlSubscribersKeyWithDuplicatesAndSuppression() throws {
        let (list, path) = try load("list.yml", """
            title: Cloud meetups
            subscribers:
              - email: Ana@Example.org
                language: both
              - email: gone@example.org
              - email: ana@example.org
                language: de
              - email: ana@example.org
                language: fr
            """, suppression: SuppressionList(addresses: ["GONE@example.org"]))
        #expect(list.subscribers.map(\.address) == ["Ana@Example.org"])
        #expect(list.subscribers.map(\.line) == [3])
        #expect(list.suppressedCount == 1)
        #expect(list.skipped.map(\.description) == [
            "\(path):6: warning: \"ana@example.org\" has unknown language \"de\" (expected fr, en or both), skipped",
            "\(path):8: warning: \"ana@example.org\" is a duplicate of line 3 (\"Ana@Example.org\"), skipped",
        ])
    }

    // MARK: Files that cannot be used

    @Test func missingFileThrowsNamingIt() {
        let path = folder.path + "/absent.csv"
        #expect(throws: SubscribersFileError(file: path, message: "cannot read the subscribers file")) {
            try SubscriberList.load(path: path)
        }
        #expect(throws: SubscribersFileError(file: folder.path, message: "cannot read the subscribers file")) {
            try SubscriberList.load(path: folder.path)
        }
        #expect(throws: SubscribersFileError.self) { try SubscriberList.load(path: folder.path + "/absent.yaml") }
    }

    @Test func fileWithoutEmailColumnThrowsNamingTheHeaderLine() throws {
        let path = folder.write("subscribers.csv", "\nname,language\nAna,fr\n")
        do {
            _ = try SubscriberList.load(path: path)
            Issue.record("expected an error")
        } catch let error as SubscribersFileError {
            #expect(error.description == "\(path):2: error: no email column in the header (found: name, language)")
        }
        let empty = folder.write("empty.csv", "\n\n")
        #expect(throws: SubscribersFileError(file: empty, message: "no header row (expected email, name, language)")) {
            try SubscriberList.load(path: empty)
        }
    }

    @Test func yamlThatIsNotAListThrows() throws {
        let mapping = folder.write("subscribers.yaml", "email: ana@example.org\n")
        #expect(throws: SubscribersFileError.self) { try SubscriberList.load(path: mapping) }
        let broken = folder.write("broken.yaml", "- email: ana@example.org\n  name: [unclosed\n")
        do {
            _ = try SubscriberList.load(path: broken)
            Issue.record("expected an error")
        } catch let error as SubscribersFileError {
            #expect(error.description.hasPrefix("\(broken):"))
            #expect(error.message.hasPrefix("not valid YAML"))
            #expect(error.line != nil)
        }
    }
}
