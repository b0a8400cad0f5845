import Foundation
import Testing
@testable import GazetteKit

@Suite("SMTP settings password")
struct SMTPSettingsPasswordTests {
    private func writeFile(_ contents: String, mode: Int = 0o600) throws -> String {
        let path = try TestSMTPServer.makeTemporaryFolder() + "/password"
        try contents.write(toFile: path, atomically: false, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: mode], ofItemAtPath: path)
        return path
    }

    @Test func fileGivesItsFirstLineAndWinsOverTheEnvironment() throws {
        let file = try writeFile("pass word \n second line\n")
        #expect(try SMTPSettings.password(environment: ["GAZETTE_SMTP_PASSWORD": "from-env"], file: file) == "pass word ")
        #expect(try SMTPSettings.password(environment: [:], file: try writeFile("crlf\r\n")) == "crlf")
        #expect(try SMTPSettings.password(environment: [:], file: try writeFile("no newline")) == "no newline")
    }

    @Test func environmentWhenNoFile() throws {
        #expect(try SMTPSettings.password(environment: ["GAZETTE_SMTP_PASSWORD": "from-env"], file: nil) == "from-env")
        #expect(try SMTPSettings.password(environment: ["GAZETTE_SMTP_PASSWORD": ""], file: nil) == nil)
        #expect(try SMTPSettings.password(environment: [:], file: nil) == nil)
    }

    @Test func errorsNameTheFileButNeverThePassword() throws {
        do {
            _ = try SMTPSettings.password(environment: ["GAZETTE_SMTP_PASSWORD": "from-env"], file: "/nonexistent/pw")
            Issue.record("a missing file was accepted")
        } catch {
            #expect("\(error)".contains("/nonexistent/pw"))
            #expect(!"\(error)".contains("from-env"))
        }
        let empty = try writeFile("\nsecret-on-line-two\n")
        do {
            _ = try SMTPSettings.password(environment: [:], file: empty)
            Issue.record("an empty first line was accepted")
        } catch {
            #expect("\(error)".contains(empty))
            #expect(!"\(error)".contains("secret-on-line-two"))
        }
    }

    @Test func warnsAboutAPasswordFileOthersCanRead() throws {
        #expect(SMTPSettings.passwordFileWarning(file: try writeFile("x", mode: 0o600)) == nil)
        let exposed = try writeFile("x", mode: 0o644)
        #expect(SMTPSettings.passwordFileWarning(file: exposed)?.contains(exposed) == true)
    }
}
