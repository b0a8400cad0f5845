import Foundation
import Testing
@testable import GazetteKit

/// MIMEWriter's output read back by Python's `email` package (MessageOracle), plus checks on the raw lines.
@Suite(.enabled(if: MessageOracle.available, "python3 is absent"))
struct MessageMIMETests {
    static let trickyText = """
        Bonjour à tous — l'édition de novembre est là ! 🎉👩🏽‍💻
        .a line starting with a dot
        .
        From the organizers: a line starting with From
        trailing spaces   
        trailing tab\t
        equals = signs == and =3D and =?UTF-8?Q?x?=
        \(String(repeating: "Une très longue ligne sans retour, avec des accents éèà et des emoji 🚀. ", count: 8))
        \(String(repeating: "x", count: 200))
        last line without newline
        """
    static let trickyHTML = "<!doctype html>\r\n<html lang=\"fr\"><body style=\"margin:0\">\r\n"
        + String(repeating: "<p class=\"talk\">Présentation « Swift & SQLite » — 👍</p>", count: 40)
        + "\r\n.\r\n</body></html>\r\n"

    @Test func partsComeTextThenHTMLWithBodiesDecodedExactly() throws {
        let message = sampleMessage(text: Self.trickyText, html: Self.trickyHTML)
        let parsed = try MessageOracle.parse(try MIMEWriter.bytes(of: message))
        #expect(parsed.defects.isEmpty)
        #expect(parsed.contentType == "multipart/alternative")
        #expect(parsed.parts.map(\.contentType) == ["text/plain", "text/html"])
        #expect(parsed.parts.map(\.charset) == ["utf-8", "utf-8"])
        #expect(parsed.parts.map(\.transferEncoding) == ["quoted-printable", "quoted-printable"])
        #expect(parsed.plain == crlfNormalized(Self.trickyText))
        #expect(parsed.html == crlfNormalized(Self.trickyHTML))
    }

    @Test func everyHeaderIsWrittenInOrder() throws {
        let bytes = try MIMEWriter.bytes(of: sampleMessage(), boundary: "=_gazette_test")
        let parsed = try MessageOracle.parse(bytes)
        #expect(parsed.headerNames() == ["Date", "From", "To", "Reply-To", "Subject", "Message-ID", "MIME-Version",
                                         "Content-Language", "List-Id", "List-Unsubscribe", "List-Unsubscribe-Post",
                                         "Content-Type"])
        #expect(parsed.header("Date") == "Sat, 21 Nov 2026 14:03:09 +0000")
        #expect(parsed.header("Message-ID") == "<2026-11.t3z9k1.9f86d081884c7d65@example.org>")
        #expect(parsed.header("MIME-Version") == "1.0")
        #expect(parsed.header("Content-Language") == "fr, en")
        #expect(parsed.header("List-Id") == "La Gazette <gazette.example.org>")
        #expect(parsed.boundary == "=_gazette_test")
        #expect(parsed.addresses["From"] == [.init(displayName: "La Gazette des meetups", addrSpec: "gazette@example.org")])
        #expect(parsed.addresses["To"] == [.init(displayName: "Ana Lévesque", addrSpec: "ana@example.net")])
        #expect(parsed.addresses["Reply-To"] == [.init(displayName: "", addrSpec: "organizers@example.org")])

        let raw = String(decoding: bytes, as: UTF8.self)
        #expect(raw.hasPrefix("Date: Sat, 21 Nov 2026 14:03:09 +0000\r\n"))
        #expect(raw.contains("\r\nList-Unsubscribe: <https://example.org/unsubscribe?token=abc_DEF-123&email=ana%40example.net>, "
            + "<mailto:unsubscribe@example.org?subject=unsubscribe>\r\n"))
        #expect(raw.contains("\r\nList-Unsubscribe-Post: List-Unsubscribe=One-Click\r\n"))
        #expect(raw.contains("\r\nContent-Type: multipart/alternative; boundary=\"=_gazette_test\"\r\n\r\n--=_gazette_test\r\n"))
        // A made boundary is long enough to go on a line of its own.
        let made = String(decoding: try MIMEWriter.bytes(of: sampleMessage()), as: UTF8.self)
        #expect(made.contains("\r\nContent-Type: multipart/alternative;\r\n boundary=\"=_gazette_"))
        #expect(raw.contains("\r\nFrom: La Gazette des meetups <gazette@example.org>\r\n"))
        #expect(raw.contains("\r\nReply-To: organizers@example.org\r\n"))
    }

    @Test func optionalHeadersAreLeftOutWhenUnset() throws {
        var message = sampleMessage()
        message.replyTo = nil
        message.unsubscribeMailto = nil
        let raw = String(decoding: try MIMEWriter.bytes(of: message), as: UTF8.self)
        #expect(!raw.contains("Reply-To:"))
        #expect(raw.contains("\r\nList-Unsubscribe: <https://example.org/unsubscribe?token=abc_DEF-123&email=ana%40example.net>\r\n"))
    }

    @Test func rawLinesAreCRLFAndShortEnough() throws {
        let message = sampleMessage(subject: Self.longFrenchSubject, text: Self.trickyText, html: Self.trickyHTML)
        let bytes = try MIMEWriter.bytes(of: message)
        let (lines, bare) = crlfLines(bytes)
        #expect(bare == 0)
        #expect(bytes.suffix(2) == [13, 10])
        let headerEnd = try #require(lines.firstIndex(of: []))
        for line in lines[..<headerEnd] where !String(decoding: line, as: UTF8.self).hasPrefix("List-Unsubscribe") {
            #expect(line.count <= 78, "header line: \(String(decoding: line, as: UTF8.self))")
        }
        for line in lines[headerEnd...] { #expect(line.count <= 76) }
        #expect(lines.allSatisfy { $0.count <= 998 })
        #expect(bytes.allSatisfy { $0 < 128 }, "8-bit byte in a 7-bit message")
    }

    @Test func boundaryIsMadeFreshAndNeverOccursInTheBodies() throws {
        let message = sampleMessage(text: Self.trickyText + "=_gazette_ --=_gazette_", html: "=_gazette_" + Self.trickyHTML)
        let first = try MessageOracle.parse(try MIMEWriter.bytes(of: message))
        let second = try MessageOracle.parse(try MIMEWriter.bytes(of: message))
        let boundary = try #require(first.boundary)
        #expect(boundary.hasPrefix("=_gazette_") && boundary.count == "=_gazette_".count + 32)
        #expect(boundary != second.boundary)
        #expect(first.plain == crlfNormalized(message.textBody))
        #expect(first.html == crlfNormalized(message.htmlBody))
        // A boundary the caller fixes is checked against the encoded bodies.
        #expect(throws: MessageError.self) {
            try MIMEWriter.bytes(of: sampleMessage(text: "a line with the word boundary"), boundary: "boundary")
        }
    }

    static let longFrenchSubject = String(repeating: "Édition spéciale : les présentations « Swift à l'échelle » et l'œuvre collective ", count: 3)
        .prefix(200).description

    @Test(arguments: [
        "La Gazette — novembre : « Été » à Montréal, déjà !",
        longFrenchSubject,
        "Emoji 🎉👩🏽‍💻🇨🇦 and CJK 東京のミートアップ",
        "Plain ASCII subject",
        String(repeating: "A long plain ASCII subject that needs folding ", count: 4).trimmingCharacters(in: .whitespaces),
        "ASCII but contains =?UTF-8?Q?x?= which must not be decoded",
        "Spaces   kept  inside",
        String(repeating: "x", count: 120),
        "",
    ])
    func subjectsDecodeExactlyAndFoldWithinLines(subject: String) throws {
        let bytes = try MIMEWriter.bytes(of: sampleMessage(subject: subject))
        let parsed = try MessageOracle.parse(bytes)
        #expect(parsed.header("Subject") == subject)
        let (lines, _) = crlfLines(bytes)
        let headerEnd = try #require(lines.firstIndex(of: []))
        let subjectLines = lines[..<headerEnd].drop { !$0.starts(with: Array("Subject:".utf8)) }
            .prefix { $0.starts(with: Array("Subject:".utf8)) || $0.first == 32 }
        #expect(subjectLines.allSatisfy { $0.count <= 78 })
    }

    @Test(arguments: [
        "Ana Lévesque",
        "Lévesque, Ana",
        "Doe, John \"JD\" (organizer)",
        "O'Neill",
        "J. R. Tremblay",
        "Back\\slash",
        "François-Xavier de la Nouvelle-Académie des Développeuses et Développeurs du Québec",
        "👩🏽‍💻 Priya",
        "=?UTF-8?Q?not_encoded?=",
    ])
    func displayNamesDecodeExactly(name: String) throws {
        var message = sampleMessage()
        message.to = Mailbox(address: "ana@example.net", displayName: name)
        message.from = Mailbox(address: "gazette@example.org", displayName: name)
        let bytes = try MIMEWriter.bytes(of: message)
        let parsed = try MessageOracle.parse(bytes)
        #expect(parsed.defects.isEmpty)
        #expect(parsed.addresses["To"] == [.init(displayName: name, addrSpec: "ana@example.net")])
        #expect(parsed.addresses["From"] == [.init(displayName: name, addrSpec: "gazette@example.org")])
        let (lines, _) = crlfLines(bytes)
        #expect(lines.allSatisfy { $0.count <= 78 || $0.starts(with: Array("List-Unsubscribe".utf8)) })
    }

    @Test func listIDDescriptionIsEncodedWhenNotASCII() throws {
        var message = sampleMessage()
        message.listID = "La Gazette des Développeurs, Montréal <gazette.example.org>"
        #expect(try MessageOracle.parse(try MIMEWriter.bytes(of: message)).header("List-Id") == message.listID)
        message.listID = "gazette.example.org"
        #expect(try MessageOracle.parse(try MIMEWriter.bytes(of: message)).header("List-Id") == "<gazette.example.org>")
    }
}
