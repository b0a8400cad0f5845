import ArgumentParser
import Crypto
import Foundation

/// A new unsubscribe key, so nobody has to know `openssl rand` to set GAZETTE_UNSUBSCRIBE_KEY.
struct KeyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "key",
        abstract: "Print a new random unsubscribe key (32 bytes, base64) for GAZETTE_UNSUBSCRIBE_KEY.",
        discussion: """
            Make it once and keep it: the unsubscribe links already sent are checked with it, so a new key breaks \
            them. For example: gazette key > /etc/gazette/unsubscribe-key && chmod 600 /etc/gazette/unsubscribe-key, \
            then GAZETTE_UNSUBSCRIBE_KEY=$(cat /etc/gazette/unsubscribe-key) in the crontab line. \
            The same as `openssl rand -base64 32`.
            """
    )

    func run() throws {
        let key = SymmetricKey(size: .bits256)
        print(key.withUnsafeBytes { Data($0).base64EncodedString() })
    }
}
