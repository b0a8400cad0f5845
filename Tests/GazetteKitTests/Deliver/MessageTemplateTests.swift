import Foundation
import Testing
@testable import GazetteKit

/// The send's fast path (fixed pieces encoded once, each subscriber's link encoded per message) must write
/// exactly the bytes of the plain path (the whole filled-in body encoded per message).
@Suite struct MessageTemplateTests {
    /// Where two encodings first differ (nil when they are the same), so a failure prints a place, not
    /// two whole bodies.
    static func firstDifference(_ a: [UInt8], _ b: [UInt8]) -> Int? {
        if a == b { return nil }
        return (0..<min(a.count, b.count)).first { a[$0] != b[$0] } ?? min(a.count, b.count)
    }

    /// Text made of what quoted-printable treats specially: long lines, spaces and tabs before line ends,
    /// `.` and `From ` at line starts, `=`, CR, LF, CRLF, accents and emoji.
    static func awkwardText(_ random: inout SeededGenerator, length: Int) -> String {
        let atoms = ["a", "word ", "  ", "\t", "\n", "\r\n", "\r", ".", "From ", "F", "rom", "=", "é", "« ", " »", "👩🏽‍💻",
                     String(repeating: "x", count: 70), String(repeating: "é", count: 30), " \n", ".\n"]
        var text = ""
        while text.utf8.count < length { text += atoms.randomElement(using: &random)! }
        return text
    }

    @Test(arguments: 0..<40)
    func piecesEncodedOnceGiveTheBytesOfTheWholeBodyEncoded(seed: Int) {
        var random = SeededGenerator(state: UInt64(seed))
        let pieces = (0..<Int.random(in: 1...5, using: &random)).map { _ in
            Self.awkwardText(&random, length: Int.random(in: 0...300, using: &random))
        }
        let template = QuotedPrintableTemplate(pieces: pieces)
        // Links of every length, so each piece is met at many starting columns.
        for length in [1, 2, 5, 40, 75, 76, 77, 90, 151, 230] {
            let link = "https://x.example/u?t=" + String(repeating: "A", count: length) + (length % 2 == 0 ? "&amp;l=fr" : "")
            let expected = QuotedPrintable.encode(pieces.joined(separator: link))
            #expect(Self.firstDifference(template.encoded(filledWith: link), expected) == nil, "seed \(seed), link length \(link.count)")
        }
    }

    @Test func valuesThatCouldJoinOrSplitALineTakeThePlainRoad() {
        let pieces = ["line one\r", "\nline two ", "", "From the end"]
        let template = QuotedPrintableTemplate(pieces: pieces)
        for value in ["", "\n", "a\r", "\r\nFrom ", " "] {
            #expect(Self.firstDifference(template.encoded(filledWith: value), QuotedPrintable.encode(pieces.joined(separator: value))) == nil,
                    "value \(value.debugDescription)")
        }
    }

    @Test func eachSubscribersMessageIsTheMessageWrittenWhole() throws {
        let fixture = try DeliveryFixture()
        defer { fixture.remove() }
        var settings = DeliverySettings()
        settings.from = "La Gazette des meetups <gazette@example.org>"
        settings.replyTo = "Équipe <equipe@example.org>"
        settings.unsubscribeURL = DeliveryFixture.unsubscribePattern
        let sender = try SenderIdentity(settings: settings, environment: DeliveryFixture.environment)
        let factory = MessageFactory(editions: try IssueEditions.load(folder: fixture.issueFolder), sender: sender,
                                     subjectPrefix: "[TEST] ")
        var (_, list) = try fixture.subscribers(12)
        list.append(Subscriber(address: "a-very-long-local-part-that-pushes-the-link-across-a-line@example.org",
                               name: "Marie-Ève Tremblay-Bélanger de la Côte-des-Neiges", edition: .fr))
        let date = Date(timeIntervalSince1970: 1_796_000_000)
        var sizes = Set<Int>()
        for subscriber in list {
            let messageID = factory.newMessageID()
            let fast = try factory.bytes(for: subscriber, messageID: messageID, date: date)
            let whole = try MIMEWriter.bytes(of: factory.message(for: subscriber, messageID: messageID, date: date),
                                             boundary: factory.boundary)
            #expect(Self.firstDifference(fast, whole) == nil, "\(subscriber.address)")
            sizes.insert(fast.count)
        }
        #expect(sizes.count > 1, "the subscribers' messages should differ in length (names, links)")
    }
}
