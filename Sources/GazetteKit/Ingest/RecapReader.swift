import Foundation

/// Reads recap files into `Recap` values: the ingest stage's entry point.
public struct RecapReader: Sendable {
    public init() {}

    /// What one input file gave. A feed gives several recaps; a broken file gives a failure and no recap.
    public struct FileResult: Sendable {
        public var recaps: [Recap]
        public var failure: Diagnostic?
        public var warnings: [Diagnostic]

        public init(recaps: [Recap] = [], failure: Diagnostic? = nil, warnings: [Diagnostic] = []) {
            self.recaps = recaps
            self.failure = failure
            self.warnings = warnings
        }
    }

    /// Reads one file from disk.
    public func read(file path: String) -> FileResult {
        guard let data = FileManager.default.contents(atPath: path) else {
            return FileResult(failure: .error(path, "cannot read file"))
        }
        return read(bytes: [UInt8](data), source: path)
    }

    /// Reads bytes already in memory; `source` names them in diagnostics.
    public func read(bytes: [UInt8], source: String) -> FileResult {
        FileResult(failure: .error(source, "recap reading not implemented yet"))
    }
}
