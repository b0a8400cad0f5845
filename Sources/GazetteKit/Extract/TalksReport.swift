import Foundation

/// `gazette talks` output: JSON in the shape `score_talks.py` reads, or text for a person.
/// Each recap is encoded on its own so output can stream while later files are still being read.
public enum TalksReport {
    /// The JSON object of one recap, keys sorted, indented to sit inside the document's `recaps` array, so
    /// the writer only concatenates. Written directly (JSONWriterBuffer) rather than by a JSONEncoder per
    /// recap and a second pass to indent it, which together cost more than a tenth of `gazette talks`.
    public static func jsonObject(_ extracted: ExtractedRecap) -> String {
        let json = JSONWriterBuffer(indent: 2)
        writeObject(extracted, to: json)
        return "    " + json.text
    }

    /// One recap's part of the JSON document, made on the worker that extracted it.
    public enum JSONPiece: Sendable {
        case encoded([UInt8])
        /// A recap with so many talks that its text would cost several times the recap: written straight to
        /// the output when its turn comes, a few talks at a time, with its blocks already let go.
        case deferred(ExtractedRecap)
    }

    /// Past this many talks a recap's JSON is written as it is made rather than held whole.
    static let deferredTalkCount = 512

    public static func jsonPiece(_ extracted: ExtractedRecap) -> JSONPiece {
        guard extracted.talks.count <= deferredTalkCount else {
            var light = extracted
            light.recap.blocks = []
            return .deferred(light)
        }
        let json = JSONWriterBuffer(indent: 2)
        json.append(Array("    ".utf8))
        writeObject(extracted, to: json)
        return .encoded(json.bytes)
    }

    /// Writes a piece as an element of the `recaps` array, in chunks of at most about 64 kB for a deferred one.
    public static func writeJSON(_ piece: JSONPiece, first: Bool, to sink: @escaping ([UInt8]) -> Void) {
        sink(Array((first ? "\n" : ",\n").utf8))
        switch piece {
        case .encoded(let bytes):
            sink(bytes)
        case .deferred(let extracted):
            let json = JSONWriterBuffer(indent: 2, drain: (threshold: 1 << 16, sink: sink))
            json.append(Array("    ".utf8))
            writeObject(extracted, to: json)
            json.drain()
        }
    }

    private static func writeObject(_ extracted: ExtractedRecap, to json: JSONWriterBuffer) {
        let recap = extracted.recap
        json.object {
            json.field("date") { json.string(recap.date?.day.description) }
            json.field("dateSource") { json.string(recap.date?.source.rawValue) }
            json.field("key") { json.string(recap.key) }
            json.field("language") { json.string(recap.language.rawValue) }
            json.field("source") { json.string(recap.source) }
            json.field("talks") {
                json.array(extracted.talks) { talk in
                    json.drainIfFull()
                    json.object {
                        json.field("cities") { json.array(talk.cities) { json.string($0) } }
                        json.field("evidence") { json.array(talk.evidence) { json.string($0) } }
                        json.field("id") { json.string(talk.id) }
                        json.field("kind") { json.string(talk.kind.rawValue) }
                        json.field("links") {
                            json.array(talk.links) { link in
                                json.object {
                                    json.field("kind") { json.string(link.kind.rawValue) }
                                    json.field("text") { json.string(link.text) }
                                    json.field("url") { json.string(link.url) }
                                }
                            }
                        }
                        json.field("speakers") {
                            json.array(talk.speakers) { speaker in
                                json.object {
                                    json.field("affiliation") { json.string(speaker.affiliation) }
                                    json.field("name") { json.string(speaker.name) }
                                }
                            }
                        }
                        json.field("title") { json.string(talk.title) }
                        json.field("titleTranslation") { json.string(talk.titleTranslation) }
                    }
                }
            }
            json.field("title") { json.string(recap.title) }
            json.field("warnings") { json.array(recap.warnings) { json.string($0.description) } }
        }
    }

    /// Assembles the document `{"recaps": [...], "failures": [...]}` from encoded recaps.
    public static func jsonDocument(recaps: [String], failures: [Diagnostic]) -> String {
        var output = jsonHeader
        for (index, recap) in recaps.enumerated() { output += jsonElement(recap, first: index == 0) }
        return output + jsonFooter(failures: failures)
    }

    public static func json(_ scan: TalkScan) -> String {
        jsonDocument(recaps: scan.recaps.map(jsonObject), failures: scan.failures)
    }

    public static let jsonHeader = "{\n  \"recaps\" : ["

    public static func jsonElement(_ recap: String, first: Bool) -> String {
        (first ? "\n" : ",\n") + recap
    }

    public static func jsonFooter(failures: [Diagnostic]) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.withoutEscapingSlashes]
        let list = String(decoding: try! encoder.encode(failures.map(\.description)), as: UTF8.self)
        return "\n  ],\n  \"failures\" : \(list)\n}"
    }

    public static func text(_ extracted: ExtractedRecap) -> String {
        let recap = extracted.recap
        let date = recap.date.map { "\($0.day) (\($0.source.rawValue))" } ?? "undated"
        var lines = ["\(recap.source) [\(recap.language.rawValue), \(date)] \(recap.title ?? "")"]
        for talk in extracted.talks {
            let speakers = talk.speakers.map { speaker in
                speaker.affiliation.map { "\(speaker.name) (\($0))" } ?? speaker.name
            }.joined(separator: ", ")
            var line = "  - \(speakers)"
            if let title = talk.title { line += ": “\(title)”" }
            if let translation = talk.titleTranslation { line += " (\(translation))" }
            var facts = [talk.kind.rawValue]
            if !talk.cities.isEmpty { facts.append(talk.cities.joined(separator: ", ")) }
            line += " [\(facts.joined(separator: "; "))] \(talk.id)"
            lines.append(line)
        }
        if extracted.talks.isEmpty { lines.append("  (no talks found)") }
        return lines.joined(separator: "\n")
    }
}

/// Pretty-printed JSON written into one byte buffer, in the layout of Foundation's `.prettyPrinted`
/// (`"key" : value`, two spaces a level). Hand-written for `gazette talks`, whose report is a fixed
/// shape of strings and lists: see TalksReport.jsonObject.
final class JSONWriterBuffer {
    private(set) var bytes: [UInt8] = []
    private var depth: Int
    private var firstInContainer = true
    /// Where written bytes go once there are at least `threshold` of them; nil keeps them all in `bytes`.
    private let drainTo: (threshold: Int, sink: ([UInt8]) -> Void)?

    init(indent depth: Int, drain: (threshold: Int, sink: ([UInt8]) -> Void)? = nil) {
        self.depth = depth
        self.drainTo = drain
        bytes.reserveCapacity(drain.map { $0.threshold + 4096 } ?? 4096)
    }

    var text: String { String(decoding: bytes, as: UTF8.self) }

    func append(_ raw: [UInt8]) { bytes += raw }

    func drainIfFull() {
        if let drainTo, bytes.count >= drainTo.threshold { drain() }
    }

    func drain() {
        guard let drainTo, !bytes.isEmpty else { return }
        drainTo.sink(bytes)
        bytes.removeAll(keepingCapacity: true)
    }

    func object(_ fields: () -> Void) {
        bytes.append(UInt8(ascii: "{"))
        depth += 1
        firstInContainer = true
        fields()
        depth -= 1
        if firstInContainer { bytes.append(UInt8(ascii: "}")); firstInContainer = false; return }
        newline()
        bytes.append(UInt8(ascii: "}"))
        firstInContainer = false
    }

    func field(_ name: String, _ value: () -> Void) {
        separate()
        string(name)
        bytes += " : ".utf8
        value()
    }

    func array<Elements: Sequence>(_ elements: Elements, _ element: (Elements.Element) -> Void) {
        bytes.append(UInt8(ascii: "["))
        depth += 1
        firstInContainer = true
        for item in elements {
            separate()
            element(item)
        }
        depth -= 1
        if firstInContainer { bytes.append(UInt8(ascii: "]")); firstInContainer = false; return }
        newline()
        bytes.append(UInt8(ascii: "]"))
        firstInContainer = false
    }

    /// A JSON string, or null. Escapes what RFC 8259 requires (quote, backslash, controls); `/` and
    /// everything else as is, as `.withoutEscapingSlashes` does.
    func string(_ value: String?) {
        guard var value else { bytes += "null".utf8; return }
        // Runs without anything to escape go in whole: byte by byte, each append to this class's buffer
        // pays an exclusivity check.
        value.withUTF8 { utf8 in
            var output = bytes
            bytes = []
            output.append(UInt8(ascii: "\""))
            var runStart = 0
            for index in 0..<utf8.count {
                let byte = utf8[index]
                guard byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") || byte < 0x20 else { continue }
                output.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart..<index]))
                runStart = index + 1
                switch byte {
                case UInt8(ascii: "\""): output += "\\\"".utf8
                case UInt8(ascii: "\\"): output += "\\\\".utf8
                case 0x0A: output += "\\n".utf8
                case 0x0D: output += "\\r".utf8
                case 0x09: output += "\\t".utf8
                case 0x08: output += "\\b".utf8
                case 0x0C: output += "\\f".utf8
                default:
                    output += "\\u00".utf8
                    output.append(Self.hexDigits[Int(byte >> 4)])
                    output.append(Self.hexDigits[Int(byte & 0x0F)])
                }
            }
            output.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart..<utf8.count]))
            output.append(UInt8(ascii: "\""))
            bytes = output
        }
    }

    private static let hexDigits = Array("0123456789abcdef".utf8)

    private func separate() {
        if !firstInContainer { bytes.append(UInt8(ascii: ",")) }
        firstInContainer = false
        newline()
    }

    private func newline() {
        bytes.append(0x0A)
        bytes += repeatElement(UInt8(ascii: " "), count: 2 * depth)
    }
}
