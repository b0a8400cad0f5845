import Foundation
import Testing
@testable import GazetteKit

@Suite struct MessageIDMakerTests {
    @Test func idsHaveTheDocumentedShapeAndAreUnique() throws {
        let maker = MessageIDMaker(domain: "Gazette.Example.ORG", issue: "Novembre 2026 — Montréal")
        let id = maker.make(at: Date(timeIntervalSince1970: 1_795_269_789))
        let pattern = try Regex("^<novembre-2026-montreal\\.([0-9a-z]+)\\.([0-9a-f]{16})@gazette\\.example\\.org>$")
        let match = try #require(id.wholeMatch(of: pattern))
        #expect(match.output[1].substring.map(String.init) == String(1_795_269_789, radix: 36))
        let ids = Set((0..<1000).map { _ in maker.make() })
        #expect(ids.count == 1000)
        for id in ids.prefix(10) { #expect((try? HeaderValuePolicy.checkedMessageID(id)) != nil) }
    }

    @Test func nonASCIIOrEmptyDomainsStillGiveValidIDs() {
        #expect(MessageIDMaker(domain: "café.example", issue: "x").make().hasSuffix("@caf.example>"))
        #expect(MessageIDMaker(domain: "", issue: "").make().hasPrefix("<issue."))
        #expect(MessageIDMaker(domain: "東京", issue: "x").make().hasSuffix("@localhost.invalid>"))
    }
}

@Suite struct MessageDateTests {
    @Test func formatsInUTCWithEnglishNames() {
        #expect(MessageDate.format(Date(timeIntervalSince1970: 1_795_269_789)) == "Sat, 21 Nov 2026 14:03:09 +0000")
        #expect(MessageDate.format(Date(timeIntervalSince1970: 0)) == "Thu, 01 Jan 1970 00:00:00 +0000")
        #expect(MessageDate.format(Date(timeIntervalSince1970: 1_709_251_199.9)) == "Thu, 29 Feb 2024 23:59:59 +0000")
        #expect(MessageDate.format(Date(timeIntervalSince1970: -1)) == "Wed, 31 Dec 1969 23:59:59 +0000")
    }

    @Test(.enabled(if: MessageOracle.available, "python3 is absent"))
    func agreesWithPythonOnRandomInstants() throws {
        var random = SeededGenerator(state: 5322)
        let instants = (0..<200).map { _ in Int64.random(in: -2_000_000_000...8_000_000_000, using: &random) }
        let script = """
            import sys, datetime, email.utils
            for t in sys.argv[1:]:
                print(email.utils.format_datetime(datetime.datetime.fromtimestamp(int(t), datetime.timezone.utc)))
            """
        let expected = String(decoding: try MessageOracle.run(script: script, arguments: instants.map(String.init)), as: UTF8.self)
            .split(separator: "\n").map(String.init)
        #expect(instants.map { MessageDate.format(Date(timeIntervalSince1970: TimeInterval($0))) } == expected)
    }
}
