/// One block of a recap's body as a reader sees it: a paragraph, heading or list item,
/// its text with white space normalized and entities decoded, and the links it holds.
public struct TextBlock: Sendable, Equatable {
    public enum Kind: Sendable, Equatable {
        case paragraph
        case heading(level: Int)
        case listItem
    }

    public var kind: Kind
    /// No-break spaces are ordinary spaces here, runs of white space are one space, no leading or trailing space.
    public var text: String
    public var links: [InlineLink]

    public init(kind: Kind, text: String, links: [InlineLink] = []) {
        self.kind = kind
        self.text = text
        self.links = links
    }
}

/// A link inside a block. `range` counts Unicode scalars of the block's `text`,
/// so the extractor can tell which words a link covers (a title given only as link text).
public struct InlineLink: Sendable, Equatable {
    public var href: String
    public var text: String
    public var range: Range<Int>

    public init(href: String, text: String, range: Range<Int>) {
        self.href = href
        self.text = text
        self.range = range
    }
}
