/// A warning or error about one input, printed as a single line naming the file (and line when known).
public struct Diagnostic: Sendable, Equatable, Codable, CustomStringConvertible {
    public enum Severity: String, Sendable, Codable { case warning, error }

    public var severity: Severity
    public var file: String
    public var line: Int?
    public var message: String

    public init(_ severity: Severity, file: String, line: Int? = nil, _ message: String) {
        self.severity = severity
        self.file = file
        self.line = line
        self.message = message
    }

    public static func warning(_ file: String, line: Int? = nil, _ message: String) -> Diagnostic {
        Diagnostic(.warning, file: file, line: line, message)
    }

    public static func error(_ file: String, line: Int? = nil, _ message: String) -> Diagnostic {
        Diagnostic(.error, file: file, line: line, message)
    }

    /// `path:line: warning: message`, the shape compilers use, so editors can jump to it.
    public var description: String {
        let location = line.map { "\(file):\($0)" } ?? file
        return "\(location): \(severity.rawValue): \(message)"
    }
}
