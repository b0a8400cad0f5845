/// The checks every entry goes through, whatever the file format: address, suppression, name,
/// language, then duplicates. An entry is skipped at its first problem, with one diagnostic.
struct SubscriberListBuilder {
    let file: String
    let suppression: SuppressionList
    private(set) var list = SubscriberList(subscribers: [])
    /// Lowercased address → index in `list.subscribers`. Only kept entries are indexed, so a later good
    /// row is not called a duplicate of an earlier row that was itself skipped.
    private var indexByKey: [String: Int] = [:]

    init(file: String, suppression: SuppressionList) {
        self.file = file
        self.suppression = suppression
    }

    mutating func add(address rawAddress: String?, name rawName: String?, language rawLanguage: String?,
                      attributes: [String: String], line: Int) {
        let written = (rawAddress ?? "").withoutSurroundingWhitespace()
        guard !written.isEmpty else { return skip(line, "no email address, skipped") }
        // debugDescription quotes the text and escapes control characters, keeping the diagnostic on one line.
        var shown: String { written.debugDescription }
        if let problem = EmailAddress.problem(in: written) {
            return skip(line, "\(shown) is not an email address (\(problem)), skipped")
        }
        // The envelope, To:, the ledger and the suppression list all see the ASCII form of an international
        // domain, so the same person is one key however the domain was typed.
        guard let address = EmailAddress.asciiForm(written) else {
            return skip(line, "\(shown) is not an email address (its domain has no ASCII (IDNA) form), skipped")
        }
        let key = Self.key(address)
        // Suppressed people are counted, not listed: one line each would bury the real problems.
        if suppression.contains(key: key) {
            list.suppressedCount += 1
            return
        }
        var name = (rawName ?? "").withoutSurroundingWhitespace()
        if name.unicodeScalars.contains(where: HeaderValuePolicy.isBreaking) {
            // The header policy for free text: a name is not worth losing a subscriber over.
            name = HeaderValuePolicy.flattened(name).withoutSurroundingWhitespace()
        }
        let edition: Edition
        let language = (rawLanguage ?? "").withoutSurroundingWhitespace()
        if language.isEmpty {
            edition = .bilingual
        } else if let known = Edition(subscriberLanguage: language) {
            edition = known
        } else {
            return skip(line, "\(shown) has unknown language \(language.debugDescription) (expected fr, en or both), skipped")
        }
        if let first = indexByKey[key] {
            let original = list.subscribers[first]
            list.duplicateCount += 1
            return skip(line, "\(shown) is a duplicate of line \(original.line) (\(original.address.debugDescription)), skipped")
        }
        indexByKey[key] = list.subscribers.count
        list.subscribers.append(Subscriber(
            address: address, name: name.isEmpty ? nil : name, edition: edition,
            attributes: attributes, file: file, line: line))
    }

    /// A warning about the file as a whole; nothing is skipped because of it.
    mutating func warn(_ message: String) {
        list.warnings.append(.warning(file, message))
    }

    private mutating func skip(_ line: Int, _ message: String) {
        list.skipped.append(.warning(file, line: line, message))
    }

    /// `Subscriber.key`, sharing the address's storage when it is already lowercase (the usual case):
    /// with 100,000 subscribers a second copy of every address is memory for nothing.
    static func key(_ address: String) -> String {
        address.utf8.contains(where: { (0x41...0x5A).contains($0) || $0 >= 0x80 }) ? address.lowercased() : address
    }
}
