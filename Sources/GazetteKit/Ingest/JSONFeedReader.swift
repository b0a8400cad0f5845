import Foundation

/// JSON Feed 1.0 and 1.1 (https://jsonfeed.org/version/1.1): `items` with `content_html` or
/// `content_text` (the full post), else `summary`.
enum JSONFeedReader {
    static func read(_ text: String) -> FeedReader.Outcome {
        let root: Any
        do {
            root = try JSONSerialization.jsonObject(with: Data(text.utf8))
        } catch {
            return .broken(line: nil, message: "JSON Feed is not valid JSON: \((error as NSError).userInfo[NSDebugDescriptionErrorKey] ?? error)")
        }
        guard let feed = root as? [String: Any] else { return .broken(line: nil, message: "JSON Feed is not a JSON object") }
        guard let items = feed["items"] as? [[String: Any]] else {
            return .broken(line: nil, message: "JSON Feed has no \"items\" list")
        }
        let feedLanguage = feed["language"] as? String
        var result: [FeedReader.Item] = []
        result.reserveCapacity(items.count)
        for (offset, item) in items.enumerated() {
            let contentHTML = nonEmpty(item["content_html"])
            let contentText = nonEmpty(item["content_text"]).map(paragraphs)
            let summary = nonEmpty(item["summary"]).map(paragraphs)
            let id: String? = (item["id"] as? String) ?? (item["id"] as? NSNumber).map { $0.stringValue }
            result.append(FeedReader.Item(
                number: offset + 1, line: 1,
                title: nonEmpty(item["title"]).map(InlineText.normalizedWhitespace),
                link: nonEmpty(item["url"])?.trimmingWhitespace(),
                guid: id?.trimmingWhitespace(),
                rawDate: nonEmpty(item["date_published"]) ?? nonEmpty(item["date_modified"]),
                html: contentHTML ?? contentText ?? summary ?? "",
                declaredLanguage: nonEmpty(item["language"]) ?? feedLanguage,
                summaryOnly: contentHTML == nil && contentText == nil && summary != nil))
        }
        return .feed(FeedReader.Feed(items: result))
    }

    private static func nonEmpty(_ value: Any?) -> String? {
        guard let string = value as? String, !string.trimmingWhitespace().isEmpty else { return nil }
        return string
    }

    /// Plain text as HTML paragraphs (one per blank-line-separated run), escaped.
    private static func paragraphs(_ text: String) -> String {
        text.components(separatedBy: "\n\n").map { "<p>\($0.htmlEscaped)</p>" }.joined(separator: "\n")
    }
}
