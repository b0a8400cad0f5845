import Foundation
import Testing
@testable import GazetteKit

@Suite("SMTP session security")
struct SMTPSessionSecurityTests {
    private func startTLSServer(_ extraOptions: [String] = []) throws -> (server: TestSMTPServer, certificate: String) {
        let (certificate, key) = try sharedTestCertificate.get()
        let server = try TestSMTPServer.start(
            options: ["--tls-cert", certificate, "--tls-key", key, "--require-tls"] + extraOptions)
        return (server, certificate)
    }

    @Test func startTLSWithTheTrustedCertificateDelivers() throws {
        let (server, certificate) = try startTLSServer()
        let trace = SMTPTraceRecorder()
        let session = try SMTPSession(settings: SMTPSettings(
            url: server.url, caFile: certificate, timeoutSeconds: 10, trace: trace.sink))
        let outcomes = (1...3).map {
            session.send(sampleSMTPMessage(number: $0, size: 3_000), from: "news@example.org", to: "reader@example.org")
        }

        #expect(outcomes.allSatisfy { $0.isAccepted }, "\(outcomes)")
        #expect(trace.all.contains("> STARTTLS"))
        #expect(server.connectionCount == 1)
        #expect(try server.messages().count == 3)
    }

    @Test func startTLSWithAnUntrustedCertificateFailsOnTheCertificate() throws {
        let (server, _) = try startTLSServer()
        let session = try SMTPSession(settings: SMTPSettings(url: server.url, timeoutSeconds: 10))
        let outcome = session.send(sampleSMTPMessage(number: 1, size: 1_000), from: "news@example.org", to: "reader@example.org")

        // An untrusted certificate is the settings' doing (ca_file), not an outage: no retry would help.
        guard case let .misconfigured(reason) = outcome else {
            Issue.record("expected a certificate failure, got \(outcome)")
            return
        }
        #expect(reason.contains("certificate") && reason.contains("ca_file"), "\(reason)")
        #expect(try server.messages().isEmpty)
    }

    @Test func smtpWithoutStartTLSIsRefusedUnlessPlaintextIsAllowed() throws {
        let server = try TestSMTPServer.start()
        let session = try SMTPSession(settings: SMTPSettings(url: server.url, timeoutSeconds: 10))
        let outcome = session.send(sampleSMTPMessage(number: 1, size: 1_000), from: "news@example.org", to: "reader@example.org")

        guard case let .misconfigured(reason) = outcome else {
            Issue.record("expected STARTTLS to be required, got \(outcome)")
            return
        }
        #expect(reason.contains("does not offer STARTTLS") && reason.contains("smtps://"), "\(reason)")
        #expect(try server.messages().isEmpty)
    }

    @Test func authenticatesWithoutTracingTheSecret() throws {
        let password = "s3cret-Passw0rd"
        let (server, certificate) = try startTLSServer(["--auth", "gazette:\(password)"])
        let trace = SMTPTraceRecorder()
        let session = try SMTPSession(settings: SMTPSettings(
            url: server.url, user: "gazette", password: password, caFile: certificate, timeoutSeconds: 10,
            trace: trace.sink))
        let outcomes = (1...2).map {
            session.send(sampleSMTPMessage(number: $0, size: 1_000), from: "news@example.org", to: "reader@example.org")
        }

        #expect(outcomes.allSatisfy { $0.isAccepted }, "\(outcomes)")
        let lines = trace.all
        let redactedLines = lines.filter { ($0.hasPrefix("> AUTH ") && $0.hasSuffix("[redacted]")) || $0 == "> [redacted]" }
        #expect(!redactedLines.isEmpty)
        #expect(lines.contains("< 235 2.7.0 Authentication successful"))
        for secret in secretForms(user: "gazette", password: password) {
            #expect(!trace.text.contains(secret), "the trace shows \(secret)")
        }
    }

    @Test func wrongPasswordFailsTheConnectionNotTheRecipient() throws {
        let (server, certificate) = try startTLSServer(["--auth", "gazette:right"])
        let trace = SMTPTraceRecorder()
        let session = try SMTPSession(settings: SMTPSettings(
            url: server.url, user: "gazette", password: "wrong-password", caFile: certificate, timeoutSeconds: 10,
            trace: trace.sink))
        let outcome = session.send(sampleSMTPMessage(number: 1, size: 1_000), from: "news@example.org", to: "reader@example.org")

        guard case let .connectionFailed(reason) = outcome else {
            Issue.record("expected a login failure, got \(outcome)")
            return
        }
        #expect(reason.contains("535"), "\(reason)")
        #expect(!reason.contains("wrong-password"))
        for secret in secretForms(user: "gazette", password: "wrong-password") {
            #expect(!trace.text.contains(secret), "the trace shows \(secret)")
        }
        #expect(try server.messages().isEmpty)
    }

    @Test func authLoginContinuationLinesAreRedacted() {
        let trace = SMTPTraceRecorder()
        let conversation = SMTPConversation(trace: trace.sink)
        func feed(_ text: String, _ handler: (UnsafeBufferPointer<UInt8>) -> Void) {
            Array(text.utf8).withUnsafeBufferPointer(handler)
        }
        feed("AUTH LOGIN\r\n", conversation.sent)
        feed("334 VXNlcm5hbWU6\r\n", conversation.received)
        feed("Z2F6ZXR0ZQ==\r\n", conversation.sent)
        feed("334 UGFzc3dvcmQ6\r\n", conversation.received)
        feed("czNjcmV0\r\n", conversation.sent)
        feed("235 2.7.0 Authentication successful\r\n", conversation.received)
        feed("MAIL FROM:<news@example.org>\r\n", conversation.sent)

        #expect(trace.all == [
            "> AUTH LOGIN", "< 334 VXNlcm5hbWU6", "> [redacted]", "< 334 UGFzc3dvcmQ6", "> [redacted]",
            "< 235 2.7.0 Authentication successful", "> MAIL FROM:<news@example.org>",
        ])
        #expect(conversation.stage == .envelope)
    }

    @Test func unusableSettingsAreRefusedUpFront() {
        #expect(throws: SMTPSettingsError.self) { try SMTPSession(settings: SMTPSettings(url: "http://127.0.0.1:25")) }
        #expect(throws: SMTPSettingsError.self) { try SMTPSession(settings: SMTPSettings(url: "smtp://")) }
        do {
            _ = try SMTPSession(settings: SMTPSettings(url: "smtps://127.0.0.1", caFile: "/nonexistent/ca.pem"))
            Issue.record("an unreadable CA file was accepted")
        } catch {
            #expect("\(error)".contains("/nonexistent/ca.pem"))
        }
        do {
            _ = try SMTPSession(settings: SMTPSettings(url: "ftp://gazette:hunter2@example.org"))
            Issue.record("ftp:// was accepted")
        } catch {
            #expect(!"\(error)".contains("hunter2"))
        }
    }

    /// The password as it could leak: plain, and base64 as AUTH PLAIN and AUTH LOGIN send it.
    private func secretForms(user: String, password: String) -> [String] {
        [password, Data(password.utf8).base64EncodedString(), Data("\0\(user)\0\(password)".utf8).base64EncodedString()]
    }
}
