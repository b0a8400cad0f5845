/// Subjects and display names as header segments (see HeaderField): plain ASCII when it can be written
/// as it is, RFC 2047 encoded words otherwise. Both are flattened first (HeaderValuePolicy).
/// Encoded words are only for unstructured text and phrases: addresses are never encoded.
enum HeaderWords {
    /// An unstructured value (Subject). ASCII text is folded at its spaces; it is encoded when it has
    /// non-ASCII characters, a word too long for a 78-character line, or `=?` (which a reader would
    /// take for the start of an encoded word).
    static func unstructured(_ text: String, firstLineRoom: Int) -> [String] {
        let text = HeaderValuePolicy.flattened(text)
        if text.isEmpty { return [] }
        if isPlainASCII(text) {
            let segments = spaceLedSegments(text)
            if segments[0].utf8.count <= firstLineRoom,
               segments.allSatisfy({ $0.utf8.count <= HeaderField.preferredLineLength }) {
                return segments
            }
        }
        return EncodedWord.words(for: text, firstWordRoom: firstLineRoom - 1, context: .text).map { " " + $0 }
    }

    /// A display name (or List-Id description): atoms as they are, other ASCII as a quoted-string,
    /// otherwise a mix of atoms and encoded words (mixedPhrase). Empty when there is no name.
    static func phrase(_ name: String, firstLineRoom: Int) -> [String] {
        let name = HeaderValuePolicy.flattened(name)
        if name.isEmpty { return [] }
        if isPlainASCII(name) {
            let written = isAtomPhrase(name) ? name : quoted(name)
            if 1 + written.utf8.count <= firstLineRoom { return [" " + written] }
        }
        return mixedPhrase(name, firstLineRoom: firstLineRoom)
    }

    /// Only the words that need it are encoded; consecutive ones share encoded words (their spaces
    /// encoded inside). Readers disagree on the whitespace between two adjacent encoded words in a
    /// phrase: RFC 2047 §6.2 says drop it, Python's email parser keeps it. Next to an atom, whitespace
    /// counts for both, so this layout reads the same everywhere unless one run of non-ASCII words is
    /// too long for a single encoded word.
    private static func mixedPhrase(_ name: String, firstLineRoom: Int) -> [String] {
        var segments: [String] = []
        var run: [Substring] = []
        func flushRun() {
            guard !run.isEmpty else { return }
            let room = segments.isEmpty ? firstLineRoom - 1 : EncodedWord.maximumLength
            segments += EncodedWord.words(for: run.joined(separator: " "), firstWordRoom: room, context: .phrase).map { " " + $0 }
            run.removeAll()
        }
        for word in name.split(separator: " ", omittingEmptySubsequences: false) {
            if !word.isEmpty, word.utf8.count < HeaderField.preferredLineLength - 2, !word.contains("=?"),
               word.utf8.allSatisfy(AddressSyntax.isAtext) {
                flushRun()
                segments.append(" " + word)
            } else {
                run.append(word)
            }
        }
        flushRun()
        return segments
    }

    private static func isPlainASCII(_ text: String) -> Bool {
        text.utf8.allSatisfy { (32...126).contains($0) } && !text.contains("=?")
    }

    private static func isAtomPhrase(_ text: String) -> Bool {
        text.split(separator: " ", omittingEmptySubsequences: false)
            .allSatisfy { !$0.isEmpty && $0.utf8.allSatisfy(AddressSyntax.isAtext) }
    }

    private static func quoted(_ text: String) -> String {
        var result = "\""
        for character in text {
            if character == "\\" || character == "\"" { result.append("\\") }
            result.append(character)
        }
        return result + "\""
    }

    /// " first", "  second", …: each piece starts with the spaces before it, so a fold goes before them.
    private static func spaceLedSegments(_ text: String) -> [String] {
        var segments: [String] = []
        var current = " "
        var previousWasSpace = true
        for character in text {
            if character == " ", !previousWasSpace {
                segments.append(current)
                current = ""
            }
            current.append(character)
            previousWasSpace = character == " "
        }
        segments.append(current)
        return segments
    }
}
