import CCmarkGFM
import Foundation

/// Markdown to HTML with cmark-gfm, GitHub's dialect: tables, strikethrough and bare-URL autolinks.
///
/// Raw HTML is passed through (`CMARK_OPT_UNSAFE`): recaps mix Markdown with embedded HTML, and the
/// HTML goes to `HTMLBlockReader`, which drops scripts, styles and iframes, not to a browser.
public struct MarkdownRenderer: Sendable {
    public init() {}

    /// cmark-gfm keeps its extension registry in process-wide state that is not safe to fill from
    /// two threads at once; a Swift global is initialized exactly once, whatever thread asks first.
    private static let extensionsRegistered: Bool = {
        cmark_gfm_core_extensions_ensure_registered()
        return true
    }()

    private static let extensionNames = ["table", "strikethrough", "autolink"]

    public func html(fromMarkdown markdown: String) -> String {
        withHTML(fromMarkdown: markdown) { html, _ in String(cString: html) }
    }

    /// Hands cmark's HTML to `body` where cmark wrote it, after its syntax tree is freed: a long recap's text
    /// need not sit in memory as Markdown, tree, HTML and a String copy of the HTML at once.
    /// `body` gets cmark's NUL-terminated HTML and its length in bytes.
    public func withHTML<Result>(fromMarkdown markdown: consuming String, _ body: (UnsafePointer<CChar>, Int) -> Result) -> Result {
        _ = Self.extensionsRegistered
        let options = CMARK_OPT_UNSAFE | CMARK_OPT_VALIDATE_UTF8
        guard let parser = cmark_parser_new(options) else { return body("", 0) }
        for name in Self.extensionNames {
            if let syntaxExtension = cmark_find_syntax_extension(name) {
                cmark_parser_attach_syntax_extension(parser, syntaxExtension)
            }
        }
        markdown.withUTF8 { buffer in
            buffer.withMemoryRebound(to: CChar.self) { chars in
                cmark_parser_feed(parser, chars.baseAddress, chars.count)
            }
        }
        // cmark holds its own copy now; a caller that handed the text over frees it here, before the tree grows HTML.
        markdown = ""
        var rendered: UnsafeMutablePointer<CChar>?
        if let document = cmark_parser_finish(parser) {
            rendered = cmark_render_html(document, options, cmark_parser_get_syntax_extensions(parser))
            cmark_node_free(document)
        }
        cmark_parser_free(parser)
        guard let rendered else { return body("", 0) }
        // cmark allocates with the C allocator by default, so the C `free` releases it.
        defer { free(rendered) }
        return body(rendered, strlen(rendered))
    }
}
