import Foundation
import Testing
@testable import GazetteKit

/// The report's hand-written JSON must be, byte for byte, what Foundation's encoder writes for the same
/// value with the options the report was first written with (but for empty lists, see `foundation`).
@Suite struct PrettyJSONWriterTests {
    struct Entry: Codable {
        var name: String
        var notes: [String]
        var parts: [Part]
        var missing: String?
    }

    struct Part: Codable {
        var kind: String
        var text: String
    }

    /// Foundation's layout, but for an empty list, which the report writes `[]` where Foundation puts an
    /// empty line between the brackets.
    static func foundation<Value: Encodable>(_ value: Value) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(value), as: UTF8.self)
            .replacingOccurrences(of: #"\[\n\n *\]"#, with: "[]", options: .regularExpression)
    }

    static func handWritten(_ entries: [Entry]) -> String {
        var json = PrettyJSONWriter(indent: 0)
        json.beginArray()
        for entry in entries {
            json.element()
            json.beginObject()
            json.field("missing", entry.missing)
            json.field("name", entry.name)
            json.field("notes", strings: entry.notes)
            json.key("parts")
            json.beginArray()
            for part in entry.parts {
                json.element()
                json.beginObject()
                json.field("kind", part.kind)
                json.field("text", part.text)
                json.endObject()
            }
            json.endArray()
            json.endObject()
        }
        json.endArray()
        return String(decoding: json.bytes, as: UTF8.self)
    }

    @Test func nestedListsAndEmptyListsLayOutAsFoundationDoes() throws {
        let entries = [
            Entry(name: "Inès", notes: ["one", "two"], parts: [Part(kind: "slides", text: "Diapos")], missing: "here"),
            Entry(name: "Empty", notes: [], parts: [], missing: nil),
        ]
        var encoded = try Self.foundation(entries)
        // Foundation writes a nil optional by leaving the key out; the report writes null, as its old encoder did
        // for the fields it declared. Compare with the null put back where Foundation left the key out.
        encoded = encoded.replacingOccurrences(of: "{\n    \"name\" : \"Empty\"", with: "{\n    \"missing\" : null,\n    \"name\" : \"Empty\"")
        #expect(Self.handWritten(entries) == encoded)
    }

    @Test func textThatMustBeEscapedIsEscapedWhereverItFallsInTheEightByteRuns() throws {
        // Each awkward byte is tried at every offset of an eight-byte run, and after long plain runs.
        let awkward = ["\"", "\\", "\n", "\r", "\t", "\u{08}", "\u{0C}", "\u{01}", "\u{1F}", "/", "é", "👩🏽‍💻", "\u{7F}"]
        var texts: [String] = []
        for mark in awkward {
            for offset in 0..<17 { texts.append(String(repeating: "a", count: offset) + mark + String(repeating: "b", count: 9)) }
        }
        texts.append(String(repeating: "plain text ", count: 40))
        texts.append("")
        let entries = [Entry(name: texts[0], notes: texts, parts: texts.map { Part(kind: $0, text: $0) }, missing: "x")]
        #expect(Self.handWritten(entries) == (try Self.foundation(entries)))
    }

    @Test func aDrainingWriterHandsOverEveryByteOnce() {
        var chunks: [[UInt8]] = []
        var json = PrettyJSONWriter(indent: 1, drain: (threshold: 64, sink: { chunks.append($0) }))
        json.beginArray()
        for index in 0..<100 {
            json.element()
            json.drainIfFull()
            json.string("item \(index)")
        }
        json.endArray()
        json.drain()
        var whole = PrettyJSONWriter(indent: 1)
        whole.strings((0..<100).map { "item \($0)" })
        #expect(chunks.count > 10)
        #expect(chunks.joined().elementsEqual(whole.bytes))
    }
}
