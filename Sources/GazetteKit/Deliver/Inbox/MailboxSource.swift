import Foundation

/// One message as a mailbox holds it: where (a file, an mbox offset, an IMAP UID) and its bytes.
public struct InboxItem: Sendable {
    public var location: String
    public var bytes: [UInt8]
}

/// A mailbox `gazette inbox` reads: Maildir, mbox or IMAP.
public protocol MailboxSource {
    /// What the errors and summary call it.
    var name: String { get }
    func messages() throws -> [InboxItem]
    /// Removes these messages (only with `--delete`).
    func delete(_ items: [InboxItem]) throws
}

public struct InboxError: Error, CustomStringConvertible {
    public var description: String
    public init(_ description: String) { self.description = description }
}

/// A Maildir (`new/` and `cur/`), read in name order; messages stay where they are.
public struct MaildirSource: MailboxSource {
    public var folder: String
    public var name: String { folder }

    public init(folder: String) { self.folder = folder }

    public func messages() throws -> [InboxItem] {
        let manager = FileManager.default
        var isFolder: ObjCBool = false
        guard manager.fileExists(atPath: folder + "/new", isDirectory: &isFolder) || manager.fileExists(atPath: folder + "/cur") else {
            throw InboxError("\(folder): not a Maildir (no new/ or cur/ folder)")
        }
        var items: [InboxItem] = []
        for sub in ["cur", "new"] {
            let path = (folder as NSString).appendingPathComponent(sub)
            let names = ((try? manager.contentsOfDirectory(atPath: path)) ?? []).filter { !$0.hasPrefix(".") }.sorted()
            for name in names {
                let file = (path as NSString).appendingPathComponent(name)
                guard let data = manager.contents(atPath: file) else { throw InboxError("\(file): cannot be read") }
                items.append(InboxItem(location: file, bytes: [UInt8](data)))
            }
        }
        return items
    }

    public func delete(_ items: [InboxItem]) throws {
        for item in items { try FileManager.default.removeItem(atPath: item.location) }
    }
}

/// An mbox file (mboxrd: `From ` lines start messages, `>From ` unquoted). `delete` rewrites the file
/// without those messages, through a temporary file and a rename.
public struct MboxSource: MailboxSource {
    public var file: String
    public var name: String { file }

    public init(file: String) { self.file = file }

    public func messages() throws -> [InboxItem] {
        try split().enumerated().map { index, message in
            InboxItem(location: "\(file)#\(index + 1)", bytes: Array(message.body.utf8))
        }
    }

    private func split() throws -> [(raw: String, body: String)] {
        guard let data = FileManager.default.contents(atPath: file) else { throw InboxError("\(file): cannot read the mbox file") }
        let text = String(decoding: data, as: UTF8.self)
        var messages: [(String, String)] = []
        var raw: [Substring] = []
        var body: [String] = []
        var previousBlank = true
        func flush() {
            // The blank line before the next `From ` belongs to the mbox, not the message: without trimming,
            // the last message would hash differently once a --delete has moved it to the end.
            while body.last?.isEmpty == true { body.removeLast() }
            while raw.last?.isEmpty == true { raw.removeLast() }
            if !raw.isEmpty { messages.append((raw.joined(separator: "\n") + "\n\n", body.joined(separator: "\n") + "\n")) }
            raw = []
            body = []
        }
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.hasPrefix("From ") && previousBlank {
                flush()
                raw.append(line)
            } else if !raw.isEmpty {
                raw.append(line)
                var unquoted = String(line)
                if unquoted.hasPrefix(">"), unquoted.drop(while: { $0 == ">" }).hasPrefix("From ") { unquoted.removeFirst() }
                body.append(unquoted)
            } else if !line.isEmpty {
                throw InboxError("\(file): not an mbox file (the first line does not start with \"From \")")
            }
            previousBlank = line.isEmpty
        }
        flush()
        return messages.map { (raw: $0.0, body: $0.1) }
    }

    public func delete(_ items: [InboxItem]) throws {
        let doomed = Set(items.map(\.location))
        let kept = try split().enumerated().filter { !doomed.contains("\(file)#\($0.offset + 1)") }.map(\.element.raw)
        let temporary = file + ".gazette-tmp"
        try Data(kept.joined().utf8).write(to: URL(fileURLWithPath: temporary))
        // rename(2): atomic on one file system, so a crash leaves the old mbox or the new one, never half.
        guard rename(temporary, file) == 0 else { throw InboxError("\(file): cannot replace it (\(String(cString: strerror(errno))))") }
    }
}
