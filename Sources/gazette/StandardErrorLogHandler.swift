import Foundation
import Logging

/// swift-log lines in the CLI's own voice (`gazette: …`, like every other message it prints), with a
/// timestamp when stderr is a log file or cron mail rather than a terminal. swift-log's stream handler
/// would add its label, level and source to lines that often carry their own `file:line: warning:`.
struct StandardErrorLogHandler: LogHandler {
    var logLevel: Logger.Level
    var metadata: Logger.Metadata = [:]
    let timestamped: Bool

    subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { metadata[key] }
        set { metadata[key] = newValue }
    }

    func log(level: Logger.Level, message: Logger.Message, metadata: Logger.Metadata?, source: String,
             file: String, function: String, line: UInt) {
        var text = message.description
        let saysItsLevel = text.contains(": warning: ") || text.contains(": error: ")
        if !saysItsLevel && level >= .warning { text = "\(level >= .error ? "error" : "warning"): " + text }
        var output = "gazette: \(text)\n"
        if timestamped { output = Self.timestamp() + " " + output }
        FileHandle.standardError.write(Data(output.utf8))
    }

    static func timestamp() -> String {
        var now = time(nil)
        var parts = tm()
        gmtime_r(&now, &parts)
        var buffer = [Int8](repeating: 0, count: 32)
        let count = strftime(&buffer, buffer.count, "%Y-%m-%dT%H:%M:%SZ", &parts)
        return String(decoding: buffer[..<count].map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }
}
