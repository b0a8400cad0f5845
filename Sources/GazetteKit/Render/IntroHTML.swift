import Foundation

/// The editorial intro as email-ready HTML: Markdown through cmark-gfm, then inline styles on each
/// element (mail clients drop most `<style>` rules) and absolute links.
struct IntroHTML {
    var resolver: LinkResolver

    private static let styles: [String: String] = [
        "p": "margin:0 0 12px 0;",
        "h1": "margin:16px 0 8px 0;font-size:20px;line-height:26px;",
        "h2": "margin:16px 0 8px 0;font-size:18px;line-height:24px;",
        "h3": "margin:12px 0 6px 0;font-size:16px;line-height:22px;",
        "h4": "margin:12px 0 6px 0;font-size:16px;line-height:22px;",
        "ul": "margin:0 0 12px 0;padding-left:24px;",
        "ol": "margin:0 0 12px 0;padding-left:24px;",
        "li": "margin:0 0 4px 0;",
        "blockquote": "margin:0 0 12px 0;padding-left:12px;border-left:3px solid #8a94a3;",
        "code": "font-family:Menlo,Consolas,monospace;font-size:14px;",
        "pre": "margin:0 0 12px 0;white-space:pre-wrap;",
        "a": "color:#1a5fb4;text-decoration:underline;",
        "img": "max-width:100%;height:auto;border:0;",
        "table": "border-collapse:collapse;margin:0 0 12px 0;",
        "td": "border:1px solid #8a94a3;padding:4px;",
        "th": "border:1px solid #8a94a3;padding:4px;",
    ]

    func html(fromMarkdown markdown: String) -> String {
        let rendered = MarkdownRenderer().html(fromMarkdown: Self.neutralizingRawHTML(markdown))
        return styled(rendered)
    }

    /// MarkdownRenderer passes raw HTML through (recaps need it); an email must not, so every `<` that
    /// does not open an autolink becomes text before cmark sees it. Code spans keep theirs, as cmark
    /// shows their content literally anyway.
    static func neutralizingRawHTML(_ markdown: String) -> String {
        var result = ""
        var inCode = false
        var index = markdown.startIndex
        while index < markdown.endIndex {
            let character = markdown[index]
            if character == "`" {
                inCode.toggle()
            } else if character == "<", !inCode {
                let rest = markdown[markdown.index(after: index)...].prefix(8).lowercased()
                if !(rest.hasPrefix("http://") || rest.hasPrefix("https://") || rest.hasPrefix("mailto:")) {
                    result += "&lt;"
                    index = markdown.index(after: index)
                    continue
                }
            }
            result.append(character)
            index = markdown.index(after: index)
        }
        return result
    }

    /// cmark's output is regular (`<tag>` or `<tag attr="…">`, attributes double-quoted and escaped),
    /// so a scan over its tags is enough; this never sees HTML from elsewhere.
    func styled(_ html: String) -> String {
        var result = ""
        var rest = html[...]
        while let open = rest.firstIndex(of: "<") {
            result += rest[..<open]
            guard let close = rest[open...].firstIndex(of: ">") else { break }
            let tag = rest[rest.index(after: open)..<close]
            result += restyled(tag: String(tag))
            rest = rest[rest.index(after: close)...]
        }
        return result + rest
    }

    private func restyled(tag: String) -> String {
        let name = String(tag.prefix { $0.isLetter || $0.isNumber }).lowercased()
        guard let style = Self.styles[name] else { return "<\(tag)>" }
        var attributes = String(tag.dropFirst(name.count))
        var selfClosing = false
        if attributes.hasSuffix("/") {
            attributes.removeLast()
            selfClosing = true
        }
        if name == "a" || name == "img" {
            let attribute = name == "a" ? "href" : "src"
            attributes = rewritingURL(attribute, in: attributes)
        }
        // The class lets the dark-mode rules in the template's <style> recolor intro links like the others.
        let darkModeClass = name == "a" ? " class=\"g-link\"" : ""
        return "<\(name)\(darkModeClass) style=\"\(style)\"\(attributes.trimmingTrailingSpaces)\(selfClosing ? " /" : "")>"
    }

    private func rewritingURL(_ attribute: String, in attributes: String) -> String {
        let marker = " \(attribute)=\""
        guard let start = attributes.range(of: marker),
              let end = attributes[start.upperBound...].firstIndex(of: "\"") else { return attributes }
        let escaped = String(attributes[start.upperBound..<end])
        let raw = escaped.replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&amp;", with: "&")
        let before = attributes[..<start.lowerBound]
        let after = attributes[attributes.index(after: end)...]
        guard let absolute = resolver.absolute(raw) else {
            // A link that cannot be made absolute (or a javascript: one) loses its target, keeps its text.
            return String(before + after)
        }
        let reescaped = absolute.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "\"", with: "&quot;")
        return "\(before)\(marker)\(reescaped)\"\(after)"
    }
}

private extension String {
    var trimmingTrailingSpaces: String {
        var text = self
        while text.last == " " { text.removeLast() }
        return text
    }
}
