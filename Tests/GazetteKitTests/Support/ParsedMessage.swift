import Foundation

/// A message as Python's email package reads it (Support/parse-messages.py): the independent check
/// that what Gazette writes is what a mail client sees.
struct ParsedMessage: Decodable {
    struct Part: Decodable {
        var type: String
        var charset: String?
        var encoding: String?
        var content: String
    }

    var file: String
    var subject: String
    var toAddress: String?
    var toName: String?
    var fromAddress: String
    var fromName: String
    var headers: [String: String]
    var rawHeaders: [String: [String]]
    var contentType: String
    var parts: [Part]
    var longestLine: Int
    var bareLf: Bool
    var defects: [String]

    static func parse(_ paths: [String]) throws -> [ParsedMessage] {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/python3")
        process.arguments = [packageRoot + "/Tests/GazetteKitTests/Support/parse-messages.py"] + paths
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { throw TestFailure("parse-messages.py failed on \(paths)") }
        let decoder = JSONDecoder()
        decoder.keyDecodingStrategy = .convertFromSnakeCase
        return try decoder.decode([ParsedMessage].self, from: data)
    }
}
