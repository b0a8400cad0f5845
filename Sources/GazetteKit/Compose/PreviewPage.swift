/// `preview.html`: everything an issue would send, side by side, for an organizer's dry run: each edition
/// in frames at phone and desktop widths, every social post with its count against its limit, the recaps
/// considered, the warnings, and the talks lacking a human text.
enum PreviewPage {
    static func html(issue: ComposedIssue, manifest: IssueManifest) -> String {
        var page = """
            <!DOCTYPE html>
            <html lang="en"><head><meta charset="utf-8"><title>Gazette preview \(escape(issue.id))</title>
            <meta name="color-scheme" content="light dark">
            <style>
            body{font:15px/1.45 system-ui,sans-serif;margin:24px;max-width:1400px}
            h1{font-size:24px}h2{font-size:19px;margin-top:32px;border-bottom:1px solid #8884}
            .frames{display:flex;gap:24px;flex-wrap:wrap;align-items:flex-start}
            .frames figure{margin:0}.frames iframe{border:1px solid #8886;background:#fff;height:900px}
            .post{border:1px solid #8886;border-radius:6px;padding:10px 12px;margin:8px 0;white-space:pre-wrap;max-width:640px}
            .count{font-size:13px;opacity:.75}.over{color:#c0392b;font-weight:600}
            table{border-collapse:collapse}td,th{border-bottom:1px solid #8884;padding:4px 8px;text-align:left;vertical-align:top}
            .warn{color:#b9770e}pre{background:#8881;padding:10px;overflow:auto}
            </style></head><body>
            <h1>Gazette issue \(escape(issue.id)) — dry run preview</h1>
            <p>As of \(escape(issue.request.asOf.description)); \(manifest.talks.count) \(manifest.talks.count == 1 ? "talk" : "talks") \
            in \(issue.selection.events.count) \(issue.selection.events.count == 1 ? "event" : "events"); \
            \(manifest.recaps.filter(\.selected).count) of \(manifest.recaps.count) recaps selected; \
            \(manifest.warnings.count) to act on, \(manifest.notes.count) \(manifest.notes.count == 1 ? "note" : "notes").</p>

            """
        if !manifest.warnings.isEmpty {
            page += "<h2 id=\"to-act-on\">To act on before sending</h2><ul>\n"
            for warning in manifest.warnings { page += "<li class=\"warn\">\(escape(warning))</li>\n" }
            page += "</ul>\n"
        }
        if !manifest.notes.isEmpty {
            page += "<h2 id=\"notes\">Notes: shortened to fit a platform</h2><ul>\n"
            for note in manifest.notes { page += "<li>\(escape(note))</li>\n" }
            page += "</ul>\n"
        }
        page += "<h2>Email editions</h2>\n"
        for artifact in issue.artifacts where artifact.kind == .emailHTML {
            page += "<h3>\(escape(artifact.language)) — \(artifact.count) bytes</h3><div class=\"frames\">\n"
            for width in [375, 600] {
                page += "<figure><iframe src=\"\(escape(artifact.path))\" width=\"\(width)\" title=\"\(escape(artifact.language)) at \(width)px\"></iframe>"
                page += "<figcaption class=\"count\">\(width)px</figcaption></figure>\n"
            }
            page += "</div>\n"
        }
        for artifact in issue.artifacts where artifact.kind == .emailText {
            page += "<h3>Text part (\(escape(artifact.language)))</h3><pre>\(escape(artifact.content))</pre>\n"
        }
        page += "<h2>Social posts</h2>\n"
        for platform in Platform.allCases {
            let posts = issue.artifacts.filter { $0.kind == .social && $0.platform == platform }
            guard !posts.isEmpty else { continue }
            page += "<h3>\(escape(platform.rawValue))</h3>\n"
            for post in posts {
                let over = post.limit.map { post.count > $0 } ?? false
                let limit = post.limit.map { " / \($0)" } ?? ""
                page += "<div class=\"post\" lang=\"\(escape(post.language))\">\(escape(post.content))"
                page += "<div class=\"count\(over ? " over" : "")\">\(escape(post.language)) · \(post.count)\(limit)"
                for warning in post.warnings { page += " · <span class=\"warn\">\(escape(warning))</span>" }
                page += "</div></div>\n"
            }
        }
        page += "<h2>Recaps considered</h2><table><tr><th>source</th><th>language</th><th>date</th><th>selected</th><th>reason</th><th>twin</th></tr>\n"
        for decision in manifest.recaps {
            page += "<tr><td>\(escape(decision.source))</td><td>\(decision.language.rawValue)</td><td>\(escape(decision.date?.description ?? "—"))</td>"
            page += "<td>\(decision.selected ? "yes" : "no")</td><td>\(escape(decision.reason.rawValue))</td><td>\(escape(decision.twin ?? ""))</td></tr>\n"
        }
        page += "</table>\n"
        let missing = issue.talks.filter { !$0.missingHumanText.isEmpty }
        if !missing.isEmpty {
            page += "<h2>Talks without a human text</h2><p>Paste into the overrides file and write the missing texts:</p><pre>"
            page += escape(Overrides.skeleton(for: missing))
            page += "</pre>\n"
        }
        return page + "</body></html>\n"
    }

    static func escape(_ text: String) -> String { text.htmlEscaped }
}
