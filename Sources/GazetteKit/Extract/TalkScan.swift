/// Reads sources and extracts their talks: ingest and extract, file by file on all cores.
public struct TalkScan: Sendable {
    public var recaps: [ExtractedRecap]
    /// Files that gave no recap, and problems found while walking folders.
    public var failures: [Diagnostic]
    public var warnings: [Diagnostic]

    public var hasFailures: Bool { !failures.isEmpty }

    /// Reads everything and keeps every recap: for callers that need them all at once.
    public static func run(sources: [String], reader: RecapReader = RecapReader(), fetcher: FeedFetcher = FeedFetcher()) -> TalkScan {
        var recaps: [ExtractedRecap] = []
        var scan = stream(sources: sources, reader: reader, fetcher: fetcher, keepingBlocks: true, transform: { $0 },
                          consume: { recaps.append(contentsOf: $0) })
        scan.recaps = recaps
        return scan
    }

    /// Reads files in batches on all cores, turns each recap into `T` on the worker that read it, and hands
    /// the results to `consume` in source order, batch by batch. Memory stays bounded by one batch, whatever
    /// the number of files: a 10,000-recap archive never sits in memory whole. Unless `keepingBlocks`, the
    /// recaps `transform` gets have no text blocks left: each is let go as soon as its talks are read (see
    /// `TalkExtractor.extract(_:keepingBlocks:)`), which bounds a single long recap's memory too.
    public static func stream<T: Sendable>(
        sources: [String], batchSize: Int = 256, reader: RecapReader = RecapReader(), fetcher: FeedFetcher = FeedFetcher(),
        keepingBlocks: Bool = false, transform: @escaping @Sendable (ExtractedRecap) -> T, consume: ([T]) -> Void
    ) -> TalkScan {
        // Folders walked and feeds given by URL fetched (see `SourceInputs`).
        let listing = SourceInputs.resolve(sources, fetcher: fetcher)
        let extractor = TalkExtractor()
        var scan = TalkScan(recaps: [], failures: [], warnings: [])
        for diagnostic in listing.diagnostics {
            if diagnostic.severity == .error { scan.failures.append(diagnostic) } else { scan.warnings.append(diagnostic) }
        }
        var start = 0
        while start < listing.inputs.count {
            let batch = Array(listing.inputs[start..<min(start + batchSize, listing.inputs.count)])
            start += batch.count
            let results = batch.parallelMap { input in
                var result = reader.read(input)
                // Each recap is moved out of the result before it is extracted, so that nothing else holds its
                // blocks when the extractor lets them go.
                var unread = result.recaps.reversed() as [Recap]
                result.recaps = []
                var warnings = result.warnings
                var outputs: [T] = []
                outputs.reserveCapacity(unread.count)
                while let recap = unread.popLast() {
                    let extracted = extractor.extract(recap, keepingBlocks: keepingBlocks)
                    warnings += extracted.recap.warnings
                    outputs.append(transform(extracted))
                }
                return (failure: result.failure, warnings: warnings, outputs: outputs)
            }
            for result in results {
                if let failure = result.failure { scan.failures.append(failure) }
                scan.warnings.append(contentsOf: result.warnings)
                consume(result.outputs)
            }
        }
        return scan
    }
}
