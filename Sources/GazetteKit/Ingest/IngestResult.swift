/// What reading a set of sources gave: the recaps, and the files that could not be read at all.
/// One broken file never stops the others; its error is here instead.
public struct IngestResult: Sendable {
    public var recaps: [Recap]
    /// Errors for inputs that produced no recap (unreadable, binary, broken front matter, ...).
    public var failures: [Diagnostic]
    /// Warnings not tied to a recap (a symlink loop while walking a folder, a skipped file).
    public var warnings: [Diagnostic]

    public init(recaps: [Recap] = [], failures: [Diagnostic] = [], warnings: [Diagnostic] = []) {
        self.recaps = recaps
        self.failures = failures
        self.warnings = warnings
    }
}
