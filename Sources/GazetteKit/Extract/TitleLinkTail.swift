/// Link labels after a title's last dash: "Generics, one year later — [slides](…) / [video](…)" names the
/// talk's material, not a part of its title. The tail goes when every word of it is a link label
/// (`LabelRecord.linkLabels`: slides, video, replay, « support », …) or "and"/« et »/"pdf".
enum TitleLinkTail {
    static func stripped(_ title: String) -> String {
        var bytes = title
        // Looked for by bytes, from the end: nearly no title has a spaced dash, and this runs for every talk.
        guard let dash = bytes.withUTF8({ lastSpacedDash(in: $0) }) else { return title }
        let utf8 = title.utf8
        let tail = Substring(utf8[utf8.index(utf8.startIndex, offsetBy: dash.end)...])
        let words = tail.split { !$0.isLetter }
        guard !words.isEmpty, words.allSatisfy({ isLinkWord($0.lowercased()) }) else { return title }
        let head = Substring(utf8[..<utf8.index(utf8.startIndex, offsetBy: dash.start)])
        return head.isEmpty ? title : String(head)
    }

    private static func isLinkWord(_ word: String) -> Bool {
        LabelRecord.linkLabels.contains(word) || word == "and" || word == "et" || word == "pdf"
    }

    /// The byte range of the last " - ", " – " or " — ".
    private static func lastSpacedDash(in bytes: UnsafeBufferPointer<UInt8>) -> (start: Int, end: Int)? {
        var index = bytes.count - 1
        while index > 1 {
            defer { index -= 1 }
            guard bytes[index] == 0x20 else { continue }
            if bytes[index - 1] == UInt8(ascii: "-"), bytes[index - 2] == 0x20 { return (index - 2, index + 1) }
            // U+2013 and U+2014 are E2 80 93 and E2 80 94.
            if index >= 4, bytes[index - 3] == 0xE2, bytes[index - 2] == 0x80, bytes[index - 1] == 0x93 || bytes[index - 1] == 0x94,
               bytes[index - 4] == 0x20 {
                return (index - 4, index + 1)
            }
        }
        return nil
    }
}
