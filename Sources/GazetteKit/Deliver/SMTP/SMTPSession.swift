import CCurl
import Foundation

/// One libcurl easy handle kept for a whole send, so the SMTP connection (and its TLS session and AUTH)
/// is reused from message to message; libcurl reconnects by itself when the server dropped it.
/// Not thread-safe: one sender thread owns it.
public final class SMTPSession {
    private let handle: UnsafeMutableRawPointer
    private let errorBuffer: UnsafeMutablePointer<CChar>
    // The callbacks' contexts, separate objects so that they outlive `deinit`'s QUIT.
    private let upload = SMTPUploadSource()
    private let conversation: SMTPConversation
    private var currentSender: String?
    private let url: String
    private var readingReplies = false

    /// Throws SMTPSettingsError for settings that must not be used: unknown scheme, no host,
    /// unreadable CA file. Plain `smtp://` requires STARTTLS unless `allowPlaintext`.
    public init(settings: SMTPSettings) throws {
        let security = try Self.security(of: settings)
        url = settings.url
        if let caFile = settings.caFile, !FileManager.default.isReadableFile(atPath: caFile) {
            throw SMTPSettingsError("the CA file \(caFile) cannot be read")
        }
        guard CurlGlobal.isInitialized, let handle = curl_easy_init() else {
            throw SMTPSettingsError("libcurl could not be initialised")
        }
        self.handle = handle
        errorBuffer = .allocate(capacity: Int(CURL_ERROR_SIZE))
        errorBuffer.initialize(repeating: 0, count: Int(CURL_ERROR_SIZE))
        conversation = SMTPConversation(trace: settings.trace)

        _ = gazette_curl_set_string(handle, CURLOPT_URL, settings.url)
        _ = gazette_curl_set_string(handle, CURLOPT_PROTOCOLS_STR, "smtp,smtps")
        _ = gazette_curl_set_long(handle, CURLOPT_USE_SSL, security)
        if let caFile = settings.caFile { _ = gazette_curl_set_string(handle, CURLOPT_CAINFO, caFile) }
        if let user = settings.user {
            _ = gazette_curl_set_string(handle, CURLOPT_USERNAME, user)
            _ = gazette_curl_set_string(handle, CURLOPT_PASSWORD, settings.password ?? "")
        }
        // Signals cannot carry timeouts across threads, and the sender may not be the main thread.
        _ = gazette_curl_set_long(handle, CURLOPT_NOSIGNAL, 1)
        let milliseconds = max(1, Int(settings.timeoutSeconds * 1000))
        _ = gazette_curl_set_long(handle, CURLOPT_CONNECTTIMEOUT_MS, milliseconds)
        _ = gazette_curl_set_long(handle, CURLOPT_TIMEOUT_MS, milliseconds)
        _ = gazette_curl_set_pointer(handle, CURLOPT_ERRORBUFFER, errorBuffer)

        _ = gazette_curl_set_long(handle, CURLOPT_UPLOAD, 1)
        _ = gazette_curl_set_pointer(handle, CURLOPT_READDATA, Unmanaged.passUnretained(upload).toOpaque())
        _ = gazette_curl_set_read_function(handle) { buffer, size, count, context in
            guard let buffer, let context else { return 0 }
            return Unmanaged<SMTPUploadSource>.fromOpaque(context).takeUnretainedValue()
                .read(into: buffer, capacity: size * count)
        }
        if settings.trace != nil { readReplies() }
    }

    /// The debug callback is the only way to read the server's reply text and which step of the dialogue
    /// failed. It costs a few percent of a fast send (libcurl formats every verbose line for it), so it is
    /// installed only for a trace, or once the server has answered something other than success: from
    /// then on this connection reads every reply through it.
    private func readReplies() {
        guard !readingReplies else { return }
        readingReplies = true
        _ = gazette_curl_set_long(handle, CURLOPT_VERBOSE, 1)
        _ = gazette_curl_set_pointer(handle, CURLOPT_DEBUGDATA, Unmanaged.passUnretained(conversation).toOpaque())
        _ = gazette_curl_set_debug_function(handle) { _, kind, data, size, context in
            guard let data, let context else { return 0 }
            let conversation = Unmanaged<SMTPConversation>.fromOpaque(context).takeUnretainedValue()
            let bytes = UnsafeBufferPointer(start: UnsafeRawPointer(data).assumingMemoryBound(to: UInt8.self), count: size)
            switch kind {
            case CURLINFO_TEXT: conversation.noted(bytes)
            case CURLINFO_HEADER_IN: conversation.received(bytes)
            case CURLINFO_HEADER_OUT: conversation.sent(bytes)
            default: break  // message bodies and raw TLS records stay out of the trace
            }
            return 0
        }
    }

    deinit {
        curl_easy_cleanup(handle)  // sends QUIT on the open connection
        errorBuffer.deallocate()
    }

    /// Sends one message to one recipient (one RCPT TO, so the reply belongs to that recipient).
    public func send(_ message: [UInt8], from envelopeSender: String, to recipient: String) -> SMTPOutcome {
        send(message, from: envelopeSender, to: recipient, after: .open)
    }

    /// Sends, holding the body back until `gate` opens (see `SMTPUploadSource`).
    public func send(_ message: [UInt8], from envelopeSender: String, to recipient: String, after gate: SendGate) -> SMTPOutcome {
        upload.reset()
        defer { upload.reset() }
        guard Self.isSafeAddress(envelopeSender), Self.isSafeAddress(recipient) else {
            // A line break would let an address smuggle SMTP commands into the dialogue.
            return .rejected(code: 501, reply: "501 address contains a control character: not sent")
        }
        if envelopeSender != currentSender {
            // Bare addresses: libcurl adds the angle brackets itself, and then handles IDN and SMTPUTF8.
            _ = gazette_curl_set_string(handle, CURLOPT_MAIL_FROM, envelopeSender.isEmpty ? "<>" : envelopeSender)
            currentSender = envelopeSender
        }
        let recipients = curl_slist_append(nil, recipient)
        defer {
            _ = gazette_curl_set_slist(handle, CURLOPT_MAIL_RCPT, nil)
            curl_slist_free_all(recipients)
        }
        _ = gazette_curl_set_slist(handle, CURLOPT_MAIL_RCPT, recipients)
        _ = gazette_curl_set_off_t(handle, CURLOPT_INFILESIZE_LARGE, curl_off_t(message.count))

        var outcome = transfer(message, after: gate)
        if upload.refused { return .connectionFailed(reason: "not sent: the ledger could not record it") }
        if !readingReplies, !outcome.isAccepted, lastResponseCode >= 400 {
            // Refused (the server answered, so nothing was accepted): send again, reading the replies this
            // time, to record the server's own words and the step that failed. Once per connection at most.
            readReplies()
            outcome = transfer(message, after: gate)
        }
        if case .connectionFailed = outcome, lastResponseCode == 0, !openedNewConnection {
            // A kept connection the server had closed unnoticed. No reply came, so no message can have been
            // accepted: sending again on a fresh connection cannot deliver twice.
            outcome = transfer(message, after: gate)
        }
        return upload.refused ? .connectionFailed(reason: "not sent: the ledger could not record it") : outcome
    }

    private func transfer(_ message: [UInt8], after gate: SendGate) -> SMTPOutcome {
        conversation.startTransfer()
        errorBuffer[0] = 0
        let result = message.withUnsafeBufferPointer { bytes in
            upload.start(bytes, after: gate)
            defer { upload.finish() }
            return curl_easy_perform(handle)
        }
        if result != CURLE_OK { discardConnection() }
        return outcome(of: result)
    }

    /// libcurl 7.88 keeps a connection whose reply timed out and reuses it for the next message, which then
    /// reads the late replies meant for this one. Shutting its socket makes libcurl find it dead and connect
    /// afresh, without the QUIT that would wait on the stuck server. After SMTP errors libcurl has already
    /// closed the connection itself and there is no socket left to shut.
    private func discardConnection() {
        var socket = CURL_SOCKET_BAD
        guard gazette_curl_get_socket(handle, CURLINFO_ACTIVESOCKET, &socket) == CURLE_OK, socket != CURL_SOCKET_BAD
        else { return }
        _ = shutdown(socket, Int32(SHUT_RDWR))
    }

    private var lastResponseCode: Int {
        var code = 0
        _ = gazette_curl_get_long(handle, CURLINFO_RESPONSE_CODE, &code)
        return code
    }

    private func outcome(of result: CURLcode) -> SMTPOutcome {
        if !readingReplies {
            if result == CURLE_OK { return .accepted(reply: "\(lastResponseCode)") }
            if lastResponseCode >= 400 { return .deferred(code: lastResponseCode, reply: "\(lastResponseCode)") }  // read again by send
        }
        let code = conversation.lastReplyCode
        let reply = conversation.lastReplyText
        if result == CURLE_OK {
            return .accepted(reply: reply)
        }
        // 535: wrong user or password; 530: the server wants a login (or TLS) first. Neither has anything
        // to do with the recipient, and retrying cannot help until the configuration changes.
        if result == CURLE_LOGIN_DENIED || code == 535 || code == 530 {
            return .loginRefused(reply: reply.isEmpty ? String(cString: curl_easy_strerror(result)) : reply)
        }
        if let code, conversation.stage == .envelope {
            if (400..<500).contains(code) { return .deferred(code: code, reply: reply) }
            if (500..<600).contains(code) { return .rejected(code: code, reply: reply) }
        }
        // Failures before MAIL (greeting, STARTTLS, AUTH) concern the connection, not this recipient.
        var reason = String(cString: curl_easy_strerror(result))
        let detail = String(cString: errorBuffer)
        if let fix = tlsFix(result) {
            return .misconfigured(reason: "\(SMTPURLCheck.redacted(url)): \(detail.isEmpty ? reason : detail): \(fix)")
        }
        if !detail.isEmpty, detail != reason { reason += ": " + detail }
        if let code, code >= 400, !detail.contains(reply) { reason += " (server: \(reply))" }
        return .connectionFailed(reason: reason)
    }

    /// The fix for a TLS failure that is the settings' doing rather than an outage.
    private func tlsFix(_ result: CURLcode) -> String? {
        switch result {
        case CURLE_USE_SSL_FAILED:
            return "the server does not offer STARTTLS; if it takes TLS from the start (port 465) use smtps://, "
                + "and `insecure_no_tls: true` (--insecure-no-tls) only for a test server on this machine"
        case CURLE_SSL_CONNECT_ERROR:
            return url.lowercased().hasPrefix("smtps://")
                ? "no TLS from the start here; for a server that expects STARTTLS (port 587 or 25) use smtp://"
                : "the TLS handshake failed; check the port (smtps:// is for 465) and the server's TLS settings"
        case CURLE_PEER_FAILED_VERIFICATION, CURLE_SSL_CACERT_BADFILE:
            return "the server's certificate is not trusted; set smtp.ca_file (--ca-file) to the authority that signed it"
        default:
            return nil
        }
    }

    private var openedNewConnection: Bool {
        var connects = 0
        _ = gazette_curl_get_long(handle, CURLINFO_NUM_CONNECTS, &connects)
        return connects > 0
    }

    private static func isSafeAddress(_ address: String) -> Bool {
        !address.utf8.contains { $0 < 0x20 || $0 == 0x7F }
    }

    private static func security(of settings: SMTPSettings) throws -> Int {
        // Errors show the URL without any user:password@ part.
        var shown = settings.url
        if let at = shown.lastIndex(of: "@"), let start = shown.range(of: "://")?.upperBound, start <= at {
            shown.replaceSubrange(start...at, with: "…@")
        }
        guard let components = URLComponents(string: settings.url), let scheme = components.scheme?.lowercased() else {
            throw SMTPSettingsError("the SMTP URL \(shown) cannot be read; expected smtp://host:port or smtps://host:port")
        }
        guard let host = components.host, !host.isEmpty else {
            throw SMTPSettingsError("the SMTP URL \(shown) names no host")
        }
        switch scheme {
        case "smtps":
            return Int(CURLUSESSL_ALL.rawValue)  // implicit TLS from the first byte; the setting is moot
        case "smtp":
            // STARTTLS or nothing, so that a stripped STARTTLS offer cannot downgrade the connection.
            return Int(settings.allowPlaintext ? CURLUSESSL_NONE.rawValue : CURLUSESSL_ALL.rawValue)
        default:
            throw SMTPSettingsError("the SMTP URL scheme \(scheme) is not supported; use smtp:// (STARTTLS) or smtps://")
        }
    }
}

public struct SMTPSettingsError: Error, CustomStringConvertible {
    public var message: String
    public init(_ message: String) { self.message = message }
    public var description: String { message }
}
