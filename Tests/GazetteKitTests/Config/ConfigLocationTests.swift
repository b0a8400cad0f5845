import Foundation
import Testing
@testable import GazetteKit

/// Every command finds its config the same way: --config, then $GAZETTE_CONFIG, then ./gazette.yaml.
@Suite struct ConfigLocationTests {
    @Test func theOrderIsOptionThenEnvironmentThenCurrentFolder() {
        let everywhere: (String) -> Bool = { _ in true }
        #expect(ConfigLocation.find(option: "a.yaml", environment: ["GAZETTE_CONFIG": "b.yaml"], fileExists: everywhere)
            == ConfigLocation(path: "a.yaml", origin: .option))
        #expect(ConfigLocation.find(option: nil, environment: ["GAZETTE_CONFIG": "b.yaml"], fileExists: everywhere)
            == ConfigLocation(path: "b.yaml", origin: .environment))
        #expect(ConfigLocation.find(option: nil, environment: ["GAZETTE_CONFIG": ""], fileExists: everywhere)
            == ConfigLocation(path: "gazette.yaml", origin: .currentFolder))
        #expect(ConfigLocation.find(option: nil, environment: [:], fileExists: { _ in false }) == nil)
    }

    /// A folder with a gazette.yaml listing the examples as sources, and a second config elsewhere.
    func project() throws -> (folder: String, other: String) {
        let folder = NSTemporaryDirectory() + "gazette-find-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: folder + "/elsewhere", withIntermediateDirectories: true)
        try Data("sources: [\(packageRoot)/Examples]\noutbox: here-outbox\n".utf8).write(to: URL(fileURLWithPath: folder + "/gazette.yaml"))
        try Data("sources: [\(packageRoot)/Examples]\noutbox: other-outbox\n".utf8).write(to: URL(fileURLWithPath: folder + "/elsewhere/other.yaml"))
        return (folder, folder + "/elsewhere/other.yaml")
    }

    @Test(.enabled(if: GazetteProcess.executable != nil, "the gazette executable is not built"))
    func previewComposeAndStatusFindTheConfigTheSameWayAndSayWhichWithVerbose() throws {
        let (folder, other) = try project()
        defer { try? FileManager.default.removeItem(atPath: folder) }

        let preview = try GazetteProcess.run(["preview", "--verbose", "--as-of", "2026-12-01", "--out", folder + "/scratch"], currentDirectory: folder)
        #expect(preview.status == 0, "\(preview.errors)")
        #expect(preview.errors.contains("gazette: config: gazette.yaml (found in the current folder)"))
        #expect(preview.output.contains("Issue 2026-11"))

        let compose = try GazetteProcess.run(["compose", "-v", "--as-of", "2026-12-01"], environment: ["GAZETTE_CONFIG": other], currentDirectory: folder)
        #expect(compose.status == 0, "\(compose.errors)")
        #expect(compose.errors.contains("gazette: config: \(other) (from $GAZETTE_CONFIG)"))
        #expect(FileManager.default.fileExists(atPath: folder + "/elsewhere/other-outbox/2026-11/manifest.json"), "the config's outbox, relative to it")

        let status = try GazetteProcess.run(["status", "--verbose", "--config", folder + "/gazette.yaml"], environment: ["GAZETTE_CONFIG": other],
                                            currentDirectory: folder)
        #expect(status.status == 0, "nothing sent yet is not a failure: \(status.errors)")
        #expect(status.errors.contains("(from --config)"))
        #expect(status.output.contains("here-outbox: nothing sent yet from this outbox"))

        let missing = try GazetteProcess.run(["compose"], environment: ["GAZETTE_CONFIG": folder + "/gone.yaml"], currentDirectory: folder)
        #expect(missing.status == 1)
        #expect(missing.errors == "gazette: \(folder)/gone.yaml: error: cannot read the config file (No such file or directory); "
            + "`gazette init` writes a commented one (named by $GAZETTE_CONFIG)\n")
    }

    @Test(.enabled(if: GazetteProcess.executable != nil, "the gazette executable is not built"))
    func unknownKeysStopEveryCommandWithOneLineEach() throws {
        let (folder, _) = try project()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try Data("sources: [\(packageRoot)/Examples]\nwindow_day: 31\ndelivery:\n  subscriber: s.csv\n".utf8)
            .write(to: URL(fileURLWithPath: folder + "/gazette.yaml"))
        for command in [["preview"], ["compose"], ["run"], ["send", "--issue", "x", "--dry-run"], ["status"]] {
            let run = try GazetteProcess.run(command, currentDirectory: folder)
            #expect(run.status == 1, "\(command)")
            #expect(run.errors == """
                gazette: gazette.yaml:2: error: unknown key `window_day`: did you mean `window_days`?
                gazette: gazette.yaml:4: error: unknown key `delivery.subscriber`: did you mean `subscribers`?

                """, "\(command)")
        }
    }

    @Test(.enabled(if: GazetteProcess.executable != nil, "the gazette executable is not built"))
    func runWithoutAnyConfigSaysTheThreeWaysToGiveOne() throws {
        let folder = NSTemporaryDirectory() + "gazette-none-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let run = try GazetteProcess.run(["run"], currentDirectory: folder)
        #expect(run.status == 64)
        #expect(run.errors.contains("No settings: pass --config FILE, set $GAZETTE_CONFIG, or run where gazette.yaml is"))
    }

    @Test(.enabled(if: GazetteProcess.executable != nil, "the gazette executable is not built"))
    func keyPrintsAFreshThirtyTwoByteKey() throws {
        let first = try GazetteProcess.run(["key"]), second = try GazetteProcess.run(["key"])
        #expect(first.status == 0)
        let key = first.output.trimmingCharacters(in: .newlines)
        #expect(Data(base64Encoded: key)?.count == 32)
        #expect(key != second.output.trimmingCharacters(in: .newlines))
    }
}
