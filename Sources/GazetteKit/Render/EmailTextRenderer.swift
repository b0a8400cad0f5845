/// The plain-text part of an edition, laid out for reading in a text mail client.
struct EmailTextRenderer {
    var templates: TemplateSet

    func render(_ context: [String: Any], edition: Edition) -> Artifact {
        let text = Self.tidy(templates.emailText.render(context))
        return Artifact(kind: .emailText, language: edition.rawValue, path: "email/\(edition.rawValue).txt",
                        content: text, count: text.utf8.count, limit: EmailHTMLRenderer.sizeLimit,
                        subject: context["title"] as? String)
    }

    /// Templates stay readable with blank lines between sections; the output keeps at most one in a row
    /// and no trailing spaces.
    static func tidy(_ text: String) -> String {
        // Byte by byte: the text part of a long issue runs to megabytes, and only ASCII spaces and newlines matter here.
        var output: [UInt8] = []
        output.reserveCapacity(text.utf8.count)
        var line: [UInt8] = []
        var previousBlank = true
        func flush() {
            while line.last == UInt8(ascii: " ") { line.removeLast() }
            if line.isEmpty {
                if !previousBlank { output.append(UInt8(ascii: "\n")) }
                previousBlank = true
            } else {
                output.append(contentsOf: line)
                output.append(UInt8(ascii: "\n"))
                previousBlank = false
            }
            line.removeAll(keepingCapacity: true)
        }
        for byte in text.utf8 {
            if byte == UInt8(ascii: "\n") { flush() } else { line.append(byte) }
        }
        flush()
        while output.count >= 2, output[output.count - 1] == UInt8(ascii: "\n"), output[output.count - 2] == UInt8(ascii: "\n") {
            output.removeLast()
        }
        if output.isEmpty { return "\n" }
        return String(decoding: output, as: UTF8.self)
    }
}
