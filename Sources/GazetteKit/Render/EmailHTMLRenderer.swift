/// The HTML part of an edition.
struct EmailHTMLRenderer {
    /// Gmail clips a message body above about 102 KB; staying under 100 KB leaves room for the
    /// delivery stage's per-subscriber links.
    static let sizeLimit = 100_000

    var templates: TemplateSet

    func render(_ context: [String: Any], edition: Edition, warnings: [String]) -> Artifact {
        let html = templates.emailHTML.render(context)
        let bytes = html.utf8.count
        var warnings = warnings
        if bytes > Self.sizeLimit {
            warnings.append("email/\(edition.rawValue).html is \(bytes) bytes, over \(Self.sizeLimit): Gmail will clip it")
        }
        return Artifact(kind: .emailHTML, language: edition.rawValue, path: "email/\(edition.rawValue).html",
                        content: html, count: bytes, limit: Self.sizeLimit, subject: context["title"] as? String,
                        warnings: warnings)
    }
}
