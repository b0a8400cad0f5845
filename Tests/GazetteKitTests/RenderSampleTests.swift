import Foundation
import Testing
@testable import GazetteKit

/// Writes the fixture issue's artifacts to `$GAZETTE_RENDER_SAMPLE_DIR` for a person to look at
/// (`scripts/screenshot-emails.sh` takes that folder); does nothing otherwise.
@Suite struct RenderSampleTests {
    @Test func writeSampleIssue() throws {
        guard let folder = ProcessInfo.processInfo.environment["GAZETTE_RENDER_SAMPLE_DIR"] else { return }
        for artifact in try RenderFixtures.artifacts() {
            let path = folder + "/" + artifact.path
            try FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            try artifact.content.write(toFile: path, atomically: true, encoding: .utf8)
        }
    }
}
