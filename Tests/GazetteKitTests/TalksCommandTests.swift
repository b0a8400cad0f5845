import Foundation
import Testing

/// The `gazette` executable as a user runs it: exit status, output streams, one line per problem.
@Suite struct TalksCommandTests {
    static let executable: String? = {
        let candidates = [".build/debug/gazette", ".build/x86_64-unknown-linux-gnu/debug/gazette", ".build/release/gazette"]
        return candidates.map { packageRoot + "/" + $0 }.first { FileManager.default.isExecutableFile(atPath: $0) }
    }()

    struct Run {
        var status: Int32
        var output: String
        var errors: String
    }

    func gazette(_ arguments: [String]) throws -> Run {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: try #require(Self.executable))
        process.arguments = arguments
        let output = Pipe(), errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        let out = output.fileHandleForReading.readDataToEndOfFile()
        let err = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Run(status: process.terminationStatus, output: String(decoding: out, as: UTF8.self), errors: String(decoding: err, as: UTF8.self))
    }

    @Test(.enabled(if: executable != nil, "the gazette executable is not built"))
    func brokenFilesAreReportedOneLineEachAndTheOthersStillPrinted() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("gazette-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data("---\ntitle: \"Soirée\"\ndate: 2026-03-04\n---\n<p>Léa Fontaine de chez Osier a présenté «&nbsp;Grappes sobres&nbsp;».</p>\n".utf8)
            .write(to: folder.appendingPathComponent("a-good.html"))
        try Data().write(to: folder.appendingPathComponent("b-empty.md"))
        try Data([0x7F, 0x45, 0x4C, 0x46, 0, 0, 0, 1, 2, 3]).write(to: folder.appendingPathComponent("c-binary.md"))
        try Data("---\ntitle: [unclosed\ndate: 2026-03-04\n---\nbody\n".utf8).write(to: folder.appendingPathComponent("d-broken.md"))

        let run = try gazette(["talks", "--format", "json", folder.path])
        #expect(run.status == 1)
        let document = try JSONSerialization.jsonObject(with: Data(run.output.utf8)) as! [String: Any]
        let recaps = document["recaps"] as! [[String: Any]]
        #expect(recaps.count == 1)
        let talk = (recaps[0]["talks"] as! [[String: Any]])[0]
        #expect(talk["title"] as? String == "Grappes sobres")
        let lines = run.errors.split(separator: "\n").map(String.init)
        #expect(lines.count == 3, "\(lines)")
        for name in ["b-empty.md", "c-binary.md", "d-broken.md"] {
            #expect(lines.contains { $0.contains(name) && $0.contains("error:") }, "\(name) in \(lines)")
        }
        #expect(lines.contains { $0.contains("d-broken.md:") && $0.contains("YAML") })
    }

    @Test(.enabled(if: executable != nil, "the gazette executable is not built"))
    func readableSourcesExitZeroAndPrintText() throws {
        let run = try gazette(["talks", packageRoot + "/Examples"])
        #expect(run.status == 0)
        #expect(run.errors.isEmpty)
        #expect(run.output.contains("Noor Haddad (Harbourlight Labs): “Golden Paths Without Golden Handcuffs”"))
    }

    @Test(.enabled(if: executable != nil, "the gazette executable is not built"))
    func aWrongCommandLineIsAUsageError() throws {
        let run = try gazette(["talks", "--format", "xml", "x"])
        #expect(run.status == 64)
    }
}
