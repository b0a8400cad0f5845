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
        // Temporary minimal reader until the full ingest stage lands.
        var text = String(decoding: bytes, as: UTF8.self)
        var title: String?
        if text.hasPrefix("---\n"), let end = text.range(of: "\n---", range: text.index(text.startIndex, offsetBy: 4)..<text.endIndex) {
            let header = text[text.startIndex..<end.lowerBound]
            for line in header.split(separator: "\n") where line.hasPrefix("title:") {
                title = line.dropFirst(6).trimmingWhitespace().trimmingCharacters(in: CharacterSet(charactersIn: "\""))
            }
            text = String(text[end.upperBound...])
        }
        var blocks: [TextBlock]
        if text.contains("<p") {
            blocks = HTMLBlockReader().read(html: text).blocks
        } else {
            blocks = text.split(separator: "\n").map { TextBlock(kind: .paragraph, text: $0.trimmingWhitespace()) }
            title = title ?? blocks.first?.text
        }
        let french = text.components(separatedBy: " les ").count + text.components(separatedBy: " des ").count
        let english = text.components(separatedBy: " the ").count + text.components(separatedBy: " and ").count
        let name = (source as NSString).lastPathComponent
        let recap = Recap(
            source: source, key: (name as NSString).deletingPathExtension, title: title,
            language: french > english ? .fr : .en, languageSource: .detected, date: nil,
            frontMatter: FrontMatter(), blocks: blocks)
        return FileResult(recaps: [recap])
    }
}
