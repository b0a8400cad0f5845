import Foundation
@testable import GazetteKit

/// A fresh folder under the system temp folder, removed when the test is done with it.
final class TemporaryFolder {
    let path: String

    init() {
        path = FileManager.default.temporaryDirectory.appendingPathComponent("gazette-ingest-\(UUID().uuidString)").path
        try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(atPath: path) }

    @discardableResult
    func write(_ relativePath: String, _ text: String) -> String {
        write(relativePath, bytes: Array(text.utf8))
    }

    @discardableResult
    func write(_ relativePath: String, bytes: [UInt8]) -> String {
        let full = path + "/" + relativePath
        let folder = (full as NSString).deletingLastPathComponent
        try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        _ = FileManager.default.createFile(atPath: full, contents: Data(bytes))
        return full
    }

    func makeFolder(_ relativePath: String) -> String {
        let full = path + "/" + relativePath
        try? FileManager.default.createDirectory(atPath: full, withIntermediateDirectories: true)
        return full
    }
}

enum IngestFixtures {
    static func path(_ name: String) -> String? {
        Bundle.module.url(forResource: name, withExtension: nil, subdirectory: "Fixtures/ingest")?.path
    }
}

extension RecapReader {
    /// Reads text as if it were the file `name`.
    func read(text: String, name: String = "recap.md") -> FileResult {
        read(bytes: Array(text.utf8), source: name)
    }
}

extension Recap {
    var warningMessages: [String] { warnings.map(\.message) }
}
