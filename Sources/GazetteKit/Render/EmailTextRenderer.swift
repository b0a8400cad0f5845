/// The plain-text part of an edition, laid out for reading in a text mail client.
struct EmailTextRenderer {
    var templates: TemplateSet

    func render(_ context: [String: Any], edition: Edition) -> Artifact {
        let text = Self.tidy(templates.emailText.render(context))
        return Artifact(kind: .emailText, language: edition.rawValue, path: "email/\(edition.rawValue).txt",
                        content: text, count: text.utf8.count, limit: EmailHTMLRenderer.sizeLimit)
    }

    /// Templates stay readable with blank lines between sections; the output keeps at most one in a row
    /// and no trailing spaces.
    static func tidy(_ text: String) -> String {
        var lines: [Substring] = []
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            var line = line
            while line.last == " " { line = line.dropLast() }
            if line.isEmpty, lines.last?.isEmpty ?? true { continue }
            lines.append(line)
        }
        while lines.last?.isEmpty == true { lines.removeLast() }
        return lines.joined(separator: "\n") + "\n"
    }
}
