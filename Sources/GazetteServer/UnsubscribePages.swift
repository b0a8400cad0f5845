import GazetteKit

/// The two small pages of the unsubscribe URL, in the subscriber's language(s), from the string tables.
public struct UnsubscribePages: Sendable {
    let templates: TemplateSet
    /// The newsletter's name per language (the sender's, else the string table's).
    let names: [Language: String]

    public init(templates: TemplateSet, sender: SenderDetails) {
        self.templates = templates
        var names: [Language: String] = [:]
        for language in Language.allCases {
            names[language] = sender.name(in: language) ?? templates.phrase("newsletter_name", in: language)
        }
        self.names = names
    }

    func confirm(address: String, languages: [Language]) -> String {
        let first = languages.first ?? .fr
        let title = phrase("unsubscribe_page_title", first, address)
        var body = ""
        for language in languages {
            body += "<p lang=\"\(language.rawValue)\">\(phrase("unsubscribe_page_text", language, address).htmlEscaped)</p>\n"
        }
        let button = languages.map { templates.phrase("unsubscribe_button", in: $0) }.joined(separator: " / ")
        // The form posts the RFC 8058 body to the same URL (the token stays in it), marked as from the page.
        body += """
            <form method="post">
            <input type="hidden" name="List-Unsubscribe" value="One-Click">
            <input type="hidden" name="via" value="page">
            <button type="submit">\(button.htmlEscaped)</button>
            </form>

            """
        return document(title: title, language: first, body: body)
    }

    func done(address: String, languages: [Language]) -> String {
        let first = languages.first ?? .fr
        var body = ""
        for language in languages {
            body += "<p lang=\"\(language.rawValue)\">\(phrase("unsubscribe_done_text", language, address).htmlEscaped)</p>\n"
        }
        return document(title: templates.phrase("unsubscribe_done_title", in: first), language: first, body: body)
    }

    private func phrase(_ key: String, _ language: Language, _ address: String) -> String {
        templates.phrase(key, in: language, arguments: ["name": names[language] ?? "", "address": address])
    }

    private func document(title: String, language: Language, body: String) -> String {
        """
        <!DOCTYPE html>
        <html lang="\(language.rawValue)">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <meta name="robots" content="noindex">
        <title>\(title.htmlEscaped)</title>
        <style>
        body { font-family: Helvetica, Arial, sans-serif; max-width: 32rem; margin: 3rem auto; padding: 0 1rem; color: #1d2430; line-height: 1.5; }
        h1 { font-size: 1.5rem; }
        button { font-size: 1rem; padding: .6rem 1.4rem; border: 0; border-radius: 6px; background: #1a5fb4; color: #fff; cursor: pointer; }
        @media (prefers-color-scheme: dark) { body { background: #0f1318; color: #e8ebef; } }
        </style>
        </head>
        <body>
        <h1>\(title.htmlEscaped)</h1>
        \(body)</body>
        </html>

        """
    }
}
