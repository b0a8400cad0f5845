/// Why a subscribers or suppression file could not be used at all. Bad entries are not errors: they are
/// skipped and reported in `SubscriberList.skipped`.
public struct SubscribersFileError: Error, CustomStringConvertible, Equatable {
    public var file: String
    public var line: Int?
    public var message: String

    public init(file: String, line: Int? = nil, message: String) {
        self.file = file
        self.line = line
        self.message = message
    }

    /// `path:line: error: message`, like every other diagnostic.
    public var description: String { Diagnostic.error(file, line: line, message).description }
}
