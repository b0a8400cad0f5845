/// Turns an HTML fragment or page into text blocks with libxml2's HTML parser.
public struct HTMLBlockReader: Sendable {
    public init() {}

    public struct Content: Sendable {
        public var blocks: [TextBlock]
        public var imageSources: [String]
        /// Problems worth telling the user (e.g. nesting too deep to read whole); no file name yet.
        public var problems: [String]
    }

    public func read(html: String) -> Content {
        Content(blocks: [], imageSources: [], problems: ["HTML reading not implemented yet"])
    }
}
