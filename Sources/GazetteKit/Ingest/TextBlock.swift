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
    /// Scalar ranges of `text` set in italics or bold: organizers who write no headings often set a talk's
    /// title line in emphasis, and a name in bold is often its speaker.
    public var emphasis: [Range<Int>]
    /// Where the block sits when it is a table cell: programme tables are read by column.
    public var cell: TableCell?

    public init(kind: Kind, text: String, links: [InlineLink] = [], emphasis: [Range<Int>] = [], cell: TableCell? = nil) {
        self.kind = kind
        self.text = text
        self.links = links
        self.emphasis = emphasis
        self.cell = cell
    }

    /// The whole text (bar punctuation and spaces at its ends) is in italics or bold.
    public var isWhollyEmphasized: Bool {
        guard !emphasis.isEmpty else { return false }
        let scalars = Array(text.unicodeScalars)
        var covered = [Bool](repeating: false, count: scalars.count)
        for range in emphasis {
            for index in range.clamped(to: 0..<scalars.count) { covered[index] = true }
        }
        return scalars.indices.allSatisfy { covered[$0] || !scalars[$0].properties.isAlphabetic && scalars[$0].properties.numericType == nil }
    }
}

/// A table cell's position: which table of the recap, which row, which column, and whether it heads its column.
public struct TableCell: Sendable, Equatable {
    public var table: Int
    public var row: Int
    public var column: Int
    public var isHeader: Bool

    public init(table: Int, row: Int, column: Int, isHeader: Bool) {
        self.table = table
        self.row = row
        self.column = column
        self.isHeader = isHeader
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
