import CSV
import Foundation

/// Reads a subscribers CSV record by record from a stream, so a large list never sits in memory twice.
struct SubscriberCSVReader {
    let path: String

    func read(into builder: inout SubscriberListBuilder) throws {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), !isDirectory.boolValue,
              FileManager.default.isReadableFile(atPath: path), let stream = InputStream(fileAtPath: path)
        else { throw SubscribersFileError(file: path, message: "cannot read the subscribers file") }
        let delimiter = CSVDelimiter.sniff(path: path)
        // A list that does not read whole sends nothing: better no issue today than one to 10 of 100,000 people.
        if let line = CSVQuoteCheck.unclosedQuoteLine(path: path, delimiter: delimiter) {
            throw SubscribersFileError(file: path, line: line, message: "a quoted field opens on this line and is never closed, "
                + "so every row after it would be lost; close or remove the quote (nothing was sent)")
        }

        let reader: CSVReader
        do {
            reader = try CSVReader(stream: stream, delimiter: delimiter)
        } catch {
            throw SubscribersFileError(file: path, message: "cannot read the subscribers file")
        }
        let fresh = builder
        try readRecords(from: reader, into: &builder)
        switch reader.error {
        case nil, CSVError.cannotReadFile?:
            // On Linux the stream reports bytes available at its end, and the reader records the empty
            // read that follows as `cannotReadFile`: for this reader that is how a file ends.
            return
        case CSVError.unicodeDecoding?:
            break
        case let failure?:
            throw SubscribersFileError(file: path, message: "cannot read the subscribers file (\(failure))")
        }
        // Spreadsheets on Windows still save "CSV" as Windows-1252; every byte means something there,
        // so reading it that way beats refusing a list of French names. Start over: the stream stopped
        // at the first bad byte.
        guard let bytes = FileManager.default.contents(atPath: path) else {
            throw SubscribersFileError(file: path, message: "cannot read the subscribers file")
        }
        builder = fresh
        builder.warn("not valid UTF-8; read as Windows-1252")
        try readRecords(from: CSVReader(string: Windows1252.decode(Array(bytes)), delimiter: delimiter), into: &builder)
    }

    /// The first non-blank record is the header. Line numbers are physical lines: each record takes one
    /// line plus the line breaks inside its quoted fields.
    private func readRecords(from reader: CSVReader, into builder: inout SubscriberListBuilder) throws {
        var columns: SubscriberCSVColumns?
        var nextLine = 1
        while let fields = reader.next() {
            // After a decoding error the reader carries on past the bad bytes; the caller starts over instead.
            if Self.failedToDecode(reader) { return }
            let line = nextLine
            nextLine += 1 + fields.reduce(0) { $0 + Self.lineBreaks(in: $1) }
            if fields.allSatisfy({ $0.unicodeScalars.allSatisfy(\.isWhitespaceFast) }) { continue }
            guard let columns else {
                columns = try SubscriberCSVColumns(header: fields, file: path, line: line)
                continue
            }
            builder.add(
                address: columns.value(.email, in: fields), name: columns.value(.name, in: fields),
                language: columns.value(.language, in: fields), attributes: columns.attributes(in: fields), line: line)
        }
        if columns == nil, !Self.failedToDecode(reader) {
            throw SubscribersFileError(file: path, message: "no header row (expected email, name, language)")
        }
    }

    private static func failedToDecode(_ reader: CSVReader) -> Bool {
        if case CSVError.unicodeDecoding? = reader.error { return true }
        return false
    }

    /// CRLF inside a field is one break, as are a lone LF or CR: the same rule the reader uses between records.
    static func lineBreaks(in field: String) -> Int {
        var count = 0
        var previousWasCR = false
        for byte in field.utf8 {
            switch byte {
            case 0x0A: if !previousWasCR { count += 1 }
            case 0x0D: count += 1
            default: break
            }
            previousWasCR = byte == 0x0D
        }
        return count
    }
}

/// Where each known field sits in a record, and which other columns become attributes.
struct SubscriberCSVColumns {
    private var emailIndex = 0
    private var nameIndex: Int?
    private var languageIndex: Int?
    private var attributeColumns: [(index: Int, name: String)] = []

    init(header: [String], file: String, line: Int) throws {
        var sawEmail = false
        for (index, cell) in header.enumerated() {
            // A BOM the stream reader left in place (or one doubled by an editor) is not part of the name.
            let name = cell.replacingOccurrences(of: "\u{FEFF}", with: "").withoutSurroundingWhitespace()
            switch SubscriberField(header: name) {
            case .email?: if !sawEmail { (emailIndex, sawEmail) = (index, true) }
            case .name?: nameIndex = nameIndex ?? index
            case .language?: languageIndex = languageIndex ?? index
            case nil where !name.isEmpty: attributeColumns.append((index, name))
            case nil: continue
            }
        }
        guard sawEmail else {
            let found = header.map { $0.withoutSurroundingWhitespace() }.joined(separator: ", ")
            throw SubscribersFileError(file: file, line: line, message: "no email column in the header (found: \(found))")
        }
    }

    func value(_ field: SubscriberField, in fields: [String]) -> String? {
        let column: Int?
        switch field {
        case .email: column = emailIndex
        case .name: column = nameIndex
        case .language: column = languageIndex
        }
        guard let index = column, index < fields.count else { return nil }
        return fields[index]
    }

    /// Empty cells are left out: to a template, a missing attribute and an empty one read the same.
    func attributes(in fields: [String]) -> [String: String] {
        var attributes: [String: String] = [:]
        for column in attributeColumns where column.index < fields.count {
            let value = fields[column.index].withoutSurroundingWhitespace()
            if !value.isEmpty { attributes[column.name] = value }
        }
        return attributes
    }
}
