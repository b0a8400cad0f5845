import CCurl
import Foundation

/// A mailbox on an IMAP server, through libcurl (already linked for SMTP): `imaps://host/INBOX`, or
/// `imap://` with STARTTLS required (plain only to this machine). One handle, so one connection, for
/// the search, every fetch and any deletion.
public final class IMAPSource: MailboxSource {
    public let url: String
    public var name: String { url }
    private let user: String?
    private let password: String?
    private let caFile: String?
    private let allowPlaintext: Bool
    private let timeoutSeconds: Double
    private let handle: UnsafeMutableRawPointer

    public static let passwordVariable = "GAZETTE_IMAP_PASSWORD"

    /// `url` names the mailbox (`imaps://mail.example.org/INBOX`); the password comes from
    /// `GAZETTE_IMAP_PASSWORD` or the first line of `passwordFile`, never from the command line.
    public init(url: String, user: String?, password: String?, caFile: String?, allowPlaintext: Bool, timeoutSeconds: Double = 30) throws {
        let lower = url.lowercased()
        guard lower.hasPrefix("imaps://") || lower.hasPrefix("imap://") else {
            throw InboxError("--imap \(url): expected imaps://host/MAILBOX")
        }
        if lower.hasPrefix("imap://") && allowPlaintext {
            let host = URLComponents(string: url)?.host ?? ""
            guard host == "localhost" || host == "::1" || host.hasPrefix("127.") else {
                throw InboxError("--insecure-no-tls is only for a server on this machine, not \(url)")
            }
        }
        guard CurlGlobal.isInitialized, let handle = curl_easy_init() else { throw InboxError("libcurl unavailable") }
        self.url = url.hasSuffix("/") ? String(url.dropLast()) : url
        self.user = user
        self.password = password
        self.caFile = caFile
        self.allowPlaintext = allowPlaintext
        self.timeoutSeconds = timeoutSeconds
        self.handle = handle
    }

    deinit { curl_easy_cleanup(handle) }

    private final class Sink { var data = Data() }

    /// One IMAP exchange: a URL (mailbox, or message with `;UID=`) and an optional custom command.
    private func perform(url: String, command: String?) throws -> Data {
        let sink = Sink()
        _ = gazette_curl_set_string(handle, CURLOPT_URL, url)
        _ = gazette_curl_set_string(handle, CURLOPT_PROTOCOLS_STR, "imap,imaps")
        // STARTTLS for imap:// unless plaintext was allowed for loopback; imaps:// is TLS from the start.
        _ = gazette_curl_set_long(handle, CURLOPT_USE_SSL, allowPlaintext ? Int(CURLUSESSL_NONE.rawValue) : Int(CURLUSESSL_ALL.rawValue))
        if let caFile { _ = gazette_curl_set_string(handle, CURLOPT_CAINFO, caFile) }
        if let user { _ = gazette_curl_set_string(handle, CURLOPT_USERNAME, user) }
        if let password { _ = gazette_curl_set_string(handle, CURLOPT_PASSWORD, password) }
        _ = gazette_curl_set_long(handle, CURLOPT_NOSIGNAL, 1)
        let milliseconds = max(1, Int(timeoutSeconds * 1000))
        _ = gazette_curl_set_long(handle, CURLOPT_CONNECTTIMEOUT_MS, milliseconds)
        _ = gazette_curl_set_long(handle, CURLOPT_TIMEOUT_MS, milliseconds)
        if let command {
            _ = gazette_curl_set_string(handle, CURLOPT_CUSTOMREQUEST, command)
        } else {
            _ = gazette_curl_set_pointer(handle, CURLOPT_CUSTOMREQUEST, nil)
        }
        _ = gazette_curl_set_pointer(handle, CURLOPT_WRITEDATA, Unmanaged.passUnretained(sink).toOpaque())
        _ = gazette_curl_set_write_function(handle) { pointer, size, count, userdata in
            guard let pointer, let userdata else { return 0 }
            Unmanaged<Sink>.fromOpaque(userdata).takeUnretainedValue().data
                .append(UnsafeRawPointer(pointer).assumingMemoryBound(to: UInt8.self), count: size * count)
            return size * count
        }
        let result = curl_easy_perform(handle)
        guard result == CURLE_OK else {
            // The URL carries no secret (the password is set apart), so it may be named.
            throw InboxError("IMAP \(self.url): \(String(cString: curl_easy_strerror(result)))")
        }
        return sink.data
    }

    public func messages() throws -> [InboxItem] {
        let search = String(decoding: try perform(url: url, command: "UID SEARCH ALL"), as: UTF8.self)
        var uids: [Int] = []
        for line in search.split(whereSeparator: \.isNewline) where line.hasPrefix("* SEARCH") {
            uids += line.split(separator: " ").dropFirst(2).compactMap { Int($0) }
        }
        return try uids.map { uid in
            InboxItem(location: "\(url);UID=\(uid)", bytes: [UInt8](try perform(url: "\(url)/;UID=\(uid)", command: nil)))
        }
    }

    public func delete(_ items: [InboxItem]) throws {
        for item in items {
            guard let uid = item.location.split(separator: "=").last else { continue }
            _ = try perform(url: url, command: "UID STORE \(uid) +FLAGS (\\Deleted)")
        }
        _ = try perform(url: url, command: "EXPUNGE")
    }
}
