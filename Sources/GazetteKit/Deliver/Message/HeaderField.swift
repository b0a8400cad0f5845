/// One header field, written from segments: pieces that each start with a space and between which
/// the field may be folded (CRLF before the space). Folding only where a space already is keeps the
/// unfolded value identical (RFC 5322 §2.2.3: unfolding removes the CRLF, never the space).
struct HeaderField {
    static let preferredLineLength = 78
    static let maximumLineLength = 998

    let name: String
    let segments: [String]
    /// List-Unsubscribe and List-Unsubscribe-Post must stay on one line (some receivers read only
    /// that line), even past 78 characters.
    let foldable: Bool

    init(_ name: String, segments: [String], foldable: Bool = true) {
        self.name = name
        self.segments = segments
        self.foldable = foldable
    }

    init(_ name: String, _ value: String, foldable: Bool = true) {
        self.init(name, segments: [" " + value], foldable: foldable)
    }

    /// The field's lines, each with its CRLF; throws when one would pass 998 octets (RFC 5322 §2.1.1).
    func lines() throws -> String {
        var lines: [String] = []
        var line = name + ":"
        var lineHasValue = false
        for segment in segments {
            if foldable, lineHasValue, line.utf8.count + segment.utf8.count > Self.preferredLineLength {
                lines.append(line)
                line = ""
            }
            line += segment
            lineHasValue = true
        }
        lines.append(line)
        if lines.contains(where: { $0.utf8.count > Self.maximumLineLength }) {
            throw MessageError("\(name) header would be longer than \(Self.maximumLineLength) octets on one line")
        }
        return lines.map { $0 + "\r\n" }.joined()
    }
}
