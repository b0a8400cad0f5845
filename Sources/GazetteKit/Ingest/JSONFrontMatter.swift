import Foundation

/// JSON front matter: a `{...}` object at the very start of the file, as Hugo allows.
enum JSONFrontMatter {
    /// Offset of the brace closing the object that starts at offset 0; braces inside strings
    /// (and escaped quotes inside them) do not count. nil when it never closes.
    static func objectEnd(in bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        var depth = 0
        var inString = false
        var escaped = false
        for offset in bytes.indices {
            let byte = bytes[offset]
            if inString {
                if escaped { escaped = false } else if byte == 0x5C { escaped = true } else if byte == 0x22 { inString = false }
                continue
            }
            switch byte {
            case 0x22: inString = true
            case 0x7B: depth += 1
            case 0x7D:
                depth -= 1
                if depth == 0 { return offset }
            default: break
            }
        }
        return nil
    }

    static func fields(from text: String, firstLine: Int) -> Result<[String: FrontMatterValue], FrontMatterParser.Failure> {
        let object: Any
        do {
            object = try JSONSerialization.jsonObject(with: Data(text.utf8), options: [])
        } catch {
            return .failure(.init(line: firstLine + lineOffset(of: error, in: text),
                                  message: "JSON front matter cannot be read: \(shortReason(error))"))
        }
        guard let dictionary = object as? [String: Any] else {
            return .failure(.init(line: firstLine, message: "JSON front matter is not an object"))
        }
        var fields: [String: FrontMatterValue] = [:]
        for key in dictionary.keys.sorted() {
            let lowered = key.lowercased()
            guard fields[lowered] == nil, let value = dictionary[key] else { continue }
            if let scalar = scalarText(value) {
                fields[lowered] = .string(scalar)
            } else if let array = value as? [Any] {
                fields[lowered] = .list(array.compactMap(scalarText))
            }
        }
        return .success(fields)
    }

    private static func scalarText(_ value: Any) -> String? {
        if let string = value as? String { return string }
        if let number = value as? NSNumber {
            // JSON true/false come back as NSNumber; their type code tells them from 1 and 0.
            let type = String(cString: number.objCType)
            if type == "c" || type == "B" { return number.boolValue ? "true" : "false" }
            return number.stringValue
        }
        return nil
    }

    /// Foundation gives the error's position only in its message ("around character 28.", or an
    /// `NSJSONSerializationErrorIndex` on Darwin); turn it into a line offset.
    private static func lineOffset(of error: Error, in text: String) -> Int {
        let info = (error as NSError).userInfo
        var index = info["NSJSONSerializationErrorIndex"] as? Int
        if index == nil, let message = info[NSDebugDescriptionErrorKey] as? String,
           let marker = message.range(of: "character ") {
            index = Int(message[marker.upperBound...].prefix { $0.isNumber })
        }
        guard let index else { return 0 }
        // The position counts characters; front matter is short, so walking it is cheap.
        return text.prefix(index).reduce(0) { $1 == "\n" ? $0 + 1 : $0 }
    }

    private static func shortReason(_ error: Error) -> String {
        let nsError = error as NSError
        return (nsError.userInfo[NSDebugDescriptionErrorKey] as? String) ?? "invalid JSON"
    }
}
