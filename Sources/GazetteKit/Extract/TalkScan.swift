/// Reads sources and extracts their talks: ingest and extract, file by file on all cores.
public struct TalkScan: Sendable {
    public var recaps: [ExtractedRecap]
    /// Files that gave no recap, and problems found while walking folders.
    public var failures: [Diagnostic]
    public var warnings: [Diagnostic]

    public var hasFailures: Bool { !failures.isEmpty }

    public static func run(sources: [String]) -> TalkScan {
        let listing = SourceWalker().files(in: sources)
        let reader = RecapReader()
        let extractor = TalkExtractor()
        let results = listing.files.parallelMap { path in
            let result = reader.read(file: path)
            return (result, result.recaps.map(extractor.extract))
        }
        var scan = TalkScan(recaps: [], failures: [], warnings: [])
        for diagnostic in listing.diagnostics {
            if diagnostic.severity == .error { scan.failures.append(diagnostic) } else { scan.warnings.append(diagnostic) }
        }
        for (result, extracted) in results {
            scan.recaps.append(contentsOf: extracted)
            if let failure = result.failure { scan.failures.append(failure) }
            scan.warnings.append(contentsOf: result.warnings)
        }
        return scan
    }
}
