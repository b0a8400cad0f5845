/// The sources of a run made concrete: files found by walking folders, and feeds fetched by URL.
public struct SourceInputs: Sendable {
    public enum Input: Sendable {
        case file(String)
        /// A feed's bytes, named by its URL in every diagnostic.
        case fetched(url: String, bytes: [UInt8])
    }

    public var inputs: [Input]
    /// Walk problems, and feeds that could not be fetched (errors naming the URL).
    public var diagnostics: [Diagnostic]

    /// Walks folders and fetches URLs, in the order given. A feed that fails is one error; the others go on.
    public static func resolve(_ sources: [String], fetcher: FeedFetcher = FeedFetcher()) -> SourceInputs {
        var inputs: [Input] = []
        var diagnostics: [Diagnostic] = []
        var paths: [String] = []
        func flushPaths() {
            guard !paths.isEmpty else { return }
            let listing = SourceWalker().files(in: paths)
            inputs += listing.files.map(Input.file)
            diagnostics += listing.diagnostics
            paths = []
        }
        for source in sources {
            guard FeedFetcher.isURL(source) else {
                paths.append(source)
                continue
            }
            flushPaths()
            switch fetcher.fetch(source) {
            case .success(let fetched): inputs.append(.fetched(url: source, bytes: fetched.bytes))
            case .failure(let error): diagnostics.append(.error(error.url, error.message))
            }
        }
        flushPaths()
        return SourceInputs(inputs: inputs, diagnostics: diagnostics)
    }
}

extension RecapReader {
    public func read(_ input: SourceInputs.Input) -> FileResult {
        switch input {
        case .file(let path): return read(file: path)
        case .fetched(let url, let bytes):
            // A URL source is a feed; a web page there (a wrong address, a login wall) is not one recap.
            let head = String(decoding: bytes.prefix(4096).drop { $0 == 0xEF || $0 == 0xBB || $0 == 0xBF }, as: UTF8.self)
            guard FeedReader.kind(of: head) != nil else {
                return FileResult(failure: .error(url, "not an RSS, Atom or JSON feed; give the feed's own address (e.g. …/index.xml)"))
            }
            return read(bytes: bytes, source: url)
        }
    }
}
