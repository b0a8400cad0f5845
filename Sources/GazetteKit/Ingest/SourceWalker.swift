/// Expands the user's sources (files and folders) into the list of files to read.
public struct SourceWalker: Sendable {
    public init() {}

    public struct Listing: Sendable {
        public var files: [String]
        /// A missing path is an error; a symlink loop or unreadable folder a warning.
        public var diagnostics: [Diagnostic]
    }

    public func files(in sources: [String]) -> Listing {
        Listing(files: sources, diagnostics: [])
    }
}
