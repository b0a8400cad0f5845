import Foundation
import Testing
@testable import GazetteKit

/// `gazette serve` as an organizer runs it: real messages from a real send, a real HTTP client.
@Suite(.serialized) struct UnsubscribeServerTests {
    static let ready = ListSenderIdentityTests.ready && ServeProcess.curlAvailable

    /// The https URL of a received message's List-Unsubscribe, pointed at the local server.
    static func localURL(_ header: String, server: ServeProcess) throws -> String {
        guard let start = header.range(of: "<https://"), let end = header[start.upperBound...].firstIndex(of: ">") else {
            throw TestFailure("no https URL in List-Unsubscribe: \(header)")
        }
        let url = "https://" + header[start.upperBound..<end]
        let path = url.drop(while: { $0 != "/" }).dropFirst(2).drop(while: { $0 != "/" })
        return server.base + path
    }

    @Test(.enabled(if: ready, "needs the gazette executable, aiosmtpd and curl"))
    func oneClickFromAReceivedMessageUnsubscribesAndTheNextSendSkips() throws {
        let smtp = try TestSMTPServer.start()
        let fixture = try ListFixture(server: smtp.url)
        defer { fixture.remove() }
        try fixture.writeSubscribers()
        #expect(try fixture.send(server: smtp).status == 0)
        let server = try ServeProcess(config: fixture.configPath, environment: ListFixture.environment)

        let parsed = try ParsedMessage.parse([smtp.storeFolder])
        let message = try #require(parsed.first { $0.toAddress == "fr@example.org" })
        #expect(message.headers["list-unsubscribe-post"] == "List-Unsubscribe=One-Click")
        let url = try Self.localURL(try #require(message.headers["list-unsubscribe"]), server: server)

        // A GET (a scanner, a preview, the person) shows the page and changes nothing.
        let page = try ServeProcess.curl([url])
        #expect(page.status == 200)
        #expect(page.body.contains("<html lang=\"fr\"") && page.body.contains("fr@example.org"))
        #expect(page.body.contains("Me désabonner") && page.body.contains(ListFixture.names[.fr]!.htmlEscaped))
        #expect(page.body.contains("name=\"List-Unsubscribe\" value=\"One-Click\""))
        #expect(try fixture.gazette(["suppressions", "--config", fixture.configPath]).output.contains("0 suppressed"))

        // RFC 8058 one-click, twice: 200 both times, one suppression.
        for _ in 0..<2 {
            let posted = try ServeProcess.curl(["-X", "POST", "-H", "Content-Type: application/x-www-form-urlencoded",
                                                "--data", "List-Unsubscribe=One-Click", url])
            #expect(posted.status == 200)
        }
        let listed = try fixture.gazette(["suppressions", "--config", fixture.configPath, "--format", "csv"]).output
        let rows = listed.split(separator: "\n").dropFirst()
        #expect(rows.count == 1 && rows[rows.startIndex].hasPrefix("fr@example.org,") && rows[rows.startIndex].contains(",one-click,\(fixture.issueID),"),
                "\(listed)")
        // The page now says it is done.
        #expect(try ServeProcess.curl([url]).body.contains("ne recevra plus"))

        // The next send skips the address: a new subscriber gets the issue, the unsubscribed one nothing.
        try fixture.writeSubscribers(more: ["late@example.org"])
        let before = try smtp.messages().count
        #expect(try fixture.send(server: smtp).status == 0)
        let after = try smtp.messages().dropFirst(before)
        #expect(after.map(\.recipients) == [["late@example.org"]])
        let dry = try fixture.gazette(["send", "--config", fixture.configPath, "--issue", fixture.issueFolder, "--dry-run", "--all"])
        #expect(dry.status == 0)
        #expect(try !String(contentsOfFile: fixture.issueFolder + "/dry-run/summary.txt", encoding: .utf8).contains("fr@example.org"))

        // One line per request, never a whole token.
        let log = server.stop().errors
        let token = String(url.split(separator: "=").last!)
        #expect(!log.contains(token))
        #expect(log.split(separator: "\n").filter { $0.contains("/unsubscribe?token=") }.count == 4, "\(log)")
    }

    @Test(.enabled(if: ready, "needs the gazette executable, aiosmtpd and curl"))
    func aThousandConcurrentOneClicksDuringASendAreAllRecorded() throws {
        let smtp = try TestSMTPServer.start()
        let fixture = try ListFixture(server: smtp.url)
        defer { fixture.remove() }
        let count = 1000, clients = 8
        var csv = "email,name,language\n"
        for index in 0..<count { csv += "reader\(index)@example.org,,\(["fr", "en", "both"][index % 3])\n" }
        try csv.write(toFile: fixture.root + "/subscribers.csv", atomically: true, encoding: .utf8)
        let server = try ServeProcess(config: fixture.configPath, environment: ListFixture.environment)
        let tokens = UnsubscribeToken(key: ListFixture.unsubscribeKey)

        let send = try GazetteProcess(["send", "--config", fixture.configPath, "--issue", fixture.issueFolder, "--smtp", smtp.url,
                                       "--rate", "150/s"], environment: ListFixture.environment)
        // The send has read its list and is under way before the first click.
        let started = Date()
        while try smtp.messages().isEmpty, Date().timeIntervalSince(started) < 30 { usleep(10_000) }
        // Each client is one curl process posting its share over a kept-alive connection.
        let statuses = try (0..<clients).map { client -> Process in
            let process = Process()
            process.executableURL = URL(fileURLWithPath: "/usr/bin/curl")
            var arguments = ["-s", "-w", "%{http_code}\n", "-X", "POST", "--data", "List-Unsubscribe=One-Click"]
            for index in stride(from: client, to: count, by: clients) {
                // -o belongs to one URL: one per URL keeps the bodies out of the status lines.
                arguments += ["-o", "/dev/null", "\(server.base)/unsubscribe?token=\(tokens.token(for: "reader\(index)@example.org"))"]
            }
            process.arguments = arguments
            process.standardOutput = FileHandle(forWritingAtPath: {
                let path = fixture.root + "/client\(client).txt"
                FileManager.default.createFile(atPath: path, contents: nil)
                return path
            }())
            try process.run()
            return process
        }
        for process in statuses { process.waitUntilExit() }
        let clicksDone = try smtp.messages().count
        let sent = send.wait()
        #expect(clicksDone < count, "the clicks came during the send (\(clicksDone) of \(count) sent when they ended)")
        var codes: [Substring] = []
        for client in 0..<clients {
            codes += try String(contentsOfFile: fixture.root + "/client\(client).txt", encoding: .utf8).split(separator: "\n")
        }
        #expect(codes.count == count && codes.allSatisfy { $0 == "200" }, "\(Set(codes))")
        #expect(sent.status == 0, "the send is unharmed: \(sent.errors)")
        #expect(try smtp.messages().count == count)
        let store = try #require(try SuppressionStore.open(outbox: fixture.outbox, create: false))
        let recorded = try store.all()
        #expect(recorded.count == count)
        #expect(recorded.allSatisfy { $0.how == .oneClick })
        _ = server.stop()
    }

    @Test(.enabled(if: ready, "needs the gazette executable and curl"))
    func forgedTokensOversizedRequestsAndTraversalAreRefused() throws {
        let fixture = try ListFixture()
        defer { fixture.remove() }
        // A web archive with a file, and a secret beside it that must stay out of reach.
        try FileManager.default.createDirectory(atPath: fixture.outbox + "/archive/2026-12", withIntermediateDirectories: true)
        try "<p>archived</p>".write(toFile: fixture.outbox + "/archive/2026-12/fr.html", atomically: true, encoding: .utf8)
        try "SECRET".write(toFile: fixture.outbox + "/secret.txt", atomically: true, encoding: .utf8)
        let server = try ServeProcess(config: fixture.configPath, environment: ListFixture.environment)
        let good = UnsubscribeToken(key: ListFixture.unsubscribeKey).token(for: "ana@example.org")
        let parts = good.split(separator: ".").map(String.init)
        let otherAddress = Data("bob@example.org".utf8).base64EncodedString().replacingOccurrences(of: "=", with: "")
        let bad = [
            otherAddress + "." + parts[1],                                     // forged: another address, ana's MAC
            String(good.dropLast(1)), String(good.prefix(20)), parts[0],       // truncated
            UnsubscribeToken(key: "someone else's key").token(for: "ana@example.org"), // re-keyed
            "", "%00", String(repeating: "A", count: 3000),
        ]
        let notFound = try ServeProcess.curl([server.base + "/no-such-page"])
        for token in bad {
            for method in ["GET", "POST"] {
                let target = "\(server.base)/unsubscribe?token=\(token)"
                let reply = try ServeProcess.curl(method == "POST" ? ["-X", "POST", "--data", "List-Unsubscribe=One-Click", target] : [target])
                #expect(reply.status == 404, "\(method) \(token.prefix(30)): \(reply.status)")
                #expect(!reply.body.contains("@") && reply.body.count < 20, "a 404 tells nothing: \(reply.body)")
            }
            let inPath = try ServeProcess.curl(["\(server.base)/unsubscribe/\(token)"])
            #expect(inPath.status == 404)
        }
        #expect(notFound.status == 404)

        // Oversized body and headers.
        let big = String(repeating: "x", count: 64 * 1024)
        let oversized = try ServeProcess.curl(["-X", "POST", "--data", "List-Unsubscribe=One-Click&pad=" + big,
                                               "\(server.base)/unsubscribe?token=\(good)"])
        #expect(oversized.status == 413)
        let hugeHeader = try ServeProcess.curl(["-H", "X-Pad: " + String(repeating: "y", count: 20 * 1024), server.base + "/healthz"])
        #expect(hugeHeader.status != 200)
        // A POST without the RFC 8058 body unsubscribes no one.
        #expect(try ServeProcess.curl(["-X", "POST", "--data", "hello", "\(server.base)/unsubscribe?token=\(good)"]).status == 400)
        #expect(try SuppressionStore.open(outbox: fixture.outbox, create: false)!.all().isEmpty)

        // The archive is served; nothing outside it.
        let archived = try ServeProcess.curl([server.base + "/issues/2026-12/fr.html"])
        #expect(archived.status == 200 && archived.body.contains("archived"))
        for path in ["/issues/../secret.txt", "/issues/%2e%2e/secret.txt", "/issues/..%2fsecret.txt", "/issues/2026-12/../../secret.txt",
                     "/issues/%2e%2e%2f%2e%2e%2fsecret.txt", "/issues//etc/passwd", "/secret.txt", "/issues/../ledger.sqlite"] {
            let reply = try ServeProcess.curl([server.base + path])
            #expect(reply.status >= 400 && !reply.body.contains("SECRET") && !reply.body.contains("root:"), "\(path): \(reply.status)")
        }
        _ = server.stop()
    }

    @Test(.enabled(if: ready, "needs the gazette executable and curl"))
    func theUnsubscribePageRendersInChromium() throws {
        guard let chromium = ["/usr/bin/chromium", "/usr/bin/chromium-browser"].first(where: FileManager.default.isExecutableFile) else {
            print("skipped: chromium is not installed (scripts/install-system-packages.sh installs it)")
            return
        }
        let fixture = try ListFixture()
        defer { fixture.remove() }
        let server = try ServeProcess(config: fixture.configPath, environment: ListFixture.environment)
        defer { _ = server.stop() }
        let token = UnsubscribeToken(key: ListFixture.unsubscribeKey).token(for: "zoe.lam@example.org")
        let shot = NSTemporaryDirectory() + "gazette-unsubscribe-page.png"
        try? FileManager.default.removeItem(atPath: shot)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: chromium)
        process.arguments = ["--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars", "--window-size=480,640",
                             "--user-data-dir=" + fixture.root + "/chromium", "--screenshot=" + shot,
                             "\(server.base)/unsubscribe?token=\(token)"]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        let deadline = Date().addingTimeInterval(60)
        while process.isRunning, Date() < deadline { usleep(50_000) }
        if process.isRunning { process.terminate() }
        guard FileManager.default.fileExists(atPath: shot) else {
            print("skipped: chromium could not start headless here")
            return
        }
        let png = try Data(contentsOf: URL(fileURLWithPath: shot))
        #expect(png.starts(with: [0x89, 0x50, 0x4E, 0x47]) && png.count > 2000)
        // The GET from the browser unsubscribed no one.
        #expect(try SuppressionStore.open(outbox: fixture.outbox, create: false)!.all().isEmpty)
    }
}
