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
        _ = Self.extensionsRegistered
        let options = CMARK_OPT_UNSAFE | CMARK_OPT_VALIDATE_UTF8
        guard let parser = cmark_parser_new(options) else { return "" }
        defer { cmark_parser_free(parser) }
        for name in Self.extensionNames {
            if let syntaxExtension = cmark_find_syntax_extension(name) {
                cmark_parser_attach_syntax_extension(parser, syntaxExtension)
            }
        }
        var source = markdown
        source.withUTF8 { buffer in
            buffer.withMemoryRebound(to: CChar.self) { chars in
                cmark_parser_feed(parser, chars.baseAddress, chars.count)
            }
        }
        guard let document = cmark_parser_finish(parser) else { return "" }
        defer { cmark_node_free(document) }
        guard let rendered = cmark_render_html(document, options, cmark_parser_get_syntax_extensions(parser)) else { return "" }
        // cmark allocates with the C allocator by default, so the C `free` releases it.
        defer { free(rendered) }
        return String(cString: rendered)
    }
}
