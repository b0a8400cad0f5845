import Foundation
import Testing
@testable import GazetteKit

/// The loopback server in Fixtures, started per test and killed after it.
final class TranslationServer {
    let process = Process()
    let port: Int

    init() throws {
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        let portFile = NSTemporaryDirectory() + "gazette-server-\(UUID().uuidString)"
        process.arguments = ["python3", packageRoot + "/Tests/GazetteKitTests/Fixtures/translation_server.py", portFile]
        try process.run()
        var port: Int?
        for _ in 0..<200 where port == nil {
            port = (try? String(contentsOfFile: portFile, encoding: .utf8)).flatMap { Int($0) }
            if port == nil { usleep(50_000) }
        }
        try? FileManager.default.removeItem(atPath: portFile)
        guard let port else {
            kill(process.processIdentifier, SIGKILL)
            throw TranslationError.transport("the test server did not start")
        }
        self.port = port
    }

    var url: String { "http://127.0.0.1:\(port)" }

    func served() throws -> Int {
        let data = try HTTPClient(timeoutSeconds: 5).postJSON(url: url + "/count", body: Data("{}".utf8)).body
        return (try JSONSerialization.jsonObject(with: data) as? [String: Int])?["count"] ?? -1
    }

    deinit {
        // SIGKILL: a child spawned from a test thread inherits its blocked signals, SIGTERM included.
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
    }
}

let python3Present = FileManager.default.isExecutableFile(atPath: "/usr/bin/env")
    && ProcessInfo.processInfo.environment["PATH"]?.split(separator: ":").contains {
        FileManager.default.isExecutableFile(atPath: "\($0)/python3")
    } == true

@Suite(.enabled(if: python3Present, "python3 is absent"), .serialized)
struct TranslatorClientTests {
    @Test func libreTranslateSendsLanguagesAndKey() throws {
        let server = try TranslationServer()
        let client = LibreTranslateClient(baseURL: server.url, apiKey: "libre-key")
        #expect(try client.translate("Bonjour « à tous »", from: .fr, to: .en) == "[fr>en] Bonjour « à tous »")
        let wrongKey = LibreTranslateClient(baseURL: server.url, apiKey: "nope")
        #expect(throws: TranslationError.self) { try wrongKey.translate("Bonjour", from: .fr, to: .en) }
    }

    @Test func chatCompletionsReadsTheFirstChoice() throws {
        let server = try TranslationServer()
        let client = ChatCompletionsTranslator(baseURL: server.url, model: "tiny", apiKey: "chat-key")
        #expect(try client.translate("Hello", from: .en, to: .fr) == "[tiny] Hello")
        let anonymous = ChatCompletionsTranslator(baseURL: server.url, model: "tiny")
        do {
            _ = try anonymous.translate("Hello", from: .en, to: .fr)
            Issue.record("expected 401")
        } catch let TranslationError.status(code, _) {
            #expect(code == 401)
        }
    }

    @Test func errorStatusIsReported() throws {
        let server = try TranslationServer()
        do {
            _ = try LibreTranslateClient(baseURL: server.url).translate("FAIL", from: .fr, to: .en)
            Issue.record("expected an error")
        } catch let TranslationError.status(code, _) {
            #expect(code == 500)
        }
    }

    @Test func slowServiceTimesOut() throws {
        let server = try TranslationServer()
        let client = LibreTranslateClient(baseURL: server.url, timeoutSeconds: 0.5)
        let start = Date()
        #expect(throws: TranslationError.self) { try client.translate("SLOW", from: .fr, to: .en) }
        #expect(Date().timeIntervalSince(start) < 4)
    }

    @Test func keyComesFromTheNamedVariableAndCacheAvoidsRepeats() throws {
        let server = try TranslationServer()
        let directory = NSTemporaryDirectory() + "gazette-cache-\(UUID().uuidString)"
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let settings = TranslatorSettings(provider: .chatCompletions, url: server.url, model: "tiny",
                                          apiKeyEnvironmentVariable: "GAZETTE_TEST_KEY")
        #expect(throws: TranslationError.self) { _ = try settings.makeTranslator(environment: [:]) }
        let translator = try settings.makeTranslator(environment: ["GAZETTE_TEST_KEY": "chat-key"], cacheDirectory: directory)
        #expect(try translator.translate("Hello", from: .en, to: .fr) == "[tiny] Hello")
        #expect(try translator.translate("Hello", from: .en, to: .fr) == "[tiny] Hello")
        #expect(try server.served() == 1)
        // A new run reads the file: still no request.
        let again = try settings.makeTranslator(environment: ["GAZETTE_TEST_KEY": "chat-key"], cacheDirectory: directory)
        #expect(try again.translate("Hello", from: .en, to: .fr) == "[tiny] Hello")
        #expect(try server.served() == 1)
        let file = try String(contentsOfFile: directory + "/translations.json", encoding: .utf8)
        #expect(!file.contains("chat-key"))
        #expect(TranslationCache.fnv1a64("") == 0xcbf2_9ce4_8422_2325)
        #expect(TranslationCache.fnv1a64("a") == 0xaf63_dc4c_8601_ec8c)
    }
}
