import CCurl
import Crypto
import Foundation

/// Downloads a feed given by URL through libcurl: `https://` anywhere, plain `http://` only from this machine
/// (a test server on 127.0.0.1). Redirects are followed, TLS is verified, time and size are bounded, and with
/// a cache folder the request is conditional (ETag, Last-Modified): an hourly cron run over a feed that has
/// not changed downloads nothing and reads the copy kept from last time.
public struct FeedFetcher: Sendable {
    /// Where responses are kept (`outbox/cache/feeds`); nil fetches afresh every time.
    public var cacheDirectory: String?
    public var timeoutSeconds: Double
    /// A feed larger than this is refused: a recap feed is a few megabytes at most.
    public var maximumBytes: Int

    public init(cacheDirectory: String? = nil, timeoutSeconds: Double = 30, maximumBytes: Int = 20 << 20) {
        self.cacheDirectory = cacheDirectory
        self.timeoutSeconds = timeoutSeconds
        self.maximumBytes = maximumBytes
    }

    public struct Fetched: Sendable {
        public var bytes: [UInt8]
        /// The final URL after redirects.
        public var url: String
        /// 200, or 304 when the kept copy was still current (then nothing was downloaded).
        public var status: Int
        public var fromCache: Bool
    }

    /// Whether `source` names a feed by URL rather than a file.
    public static func isURL(_ source: String) -> Bool {
        let lower = source.lowercased()
        return lower.hasPrefix("https://") || lower.hasPrefix("http://")
    }

    /// The feed's bytes, or a one-line error naming the URL (and the HTTP status when there was one).
    public func fetch(_ url: String) -> Result<Fetched, FeedFetchError> {
        guard let parsed = URL(string: url), let scheme = parsed.scheme?.lowercased(), let host = parsed.host else {
            return .failure(FeedFetchError(url: url, message: "not a valid URL"))
        }
        let local = Self.isLoopback(host)
        guard scheme == "https" || (scheme == "http" && local) else {
            return .failure(FeedFetchError(url: url, message: "feeds are fetched over https only (plain http only from this machine, 127.0.0.1)"))
        }
        let cached = cacheDirectory.flatMap { CachedFeed.load(url: url, directory: $0) }

        guard CurlGlobal.isInitialized, let handle = curl_easy_init() else {
            return .failure(FeedFetchError(url: url, message: "libcurl unavailable"))
        }
        defer { curl_easy_cleanup(handle) }
        var headers: UnsafeMutablePointer<curl_slist>?
        headers = curl_slist_append(headers, "Accept: application/rss+xml, application/atom+xml, application/feed+json, application/xml;q=0.9, */*;q=0.5")
        if let etag = cached?.etag { headers = curl_slist_append(headers, "If-None-Match: \(etag)") }
        if let lastModified = cached?.lastModified { headers = curl_slist_append(headers, "If-Modified-Since: \(lastModified)") }
        defer { curl_slist_free_all(headers) }

        let sink = BodySink(limit: maximumBytes)
        let milliseconds = max(1, Int(timeoutSeconds * 1000))
        // Redirects stay on https; a test server on this machine may redirect over plain http.
        let protocols = local ? "http,https" : "https"
        var errorBuffer = [CChar](repeating: 0, count: Int(CURL_ERROR_SIZE) + 1)
        let result: CURLcode = errorBuffer.withUnsafeMutableBufferPointer { errors in
            _ = gazette_curl_set_string(handle, CURLOPT_URL, url)
            _ = gazette_curl_set_string(handle, CURLOPT_PROTOCOLS_STR, protocols)
            _ = gazette_curl_set_string(handle, CURLOPT_REDIR_PROTOCOLS_STR, protocols)
            _ = gazette_curl_set_long(handle, CURLOPT_FOLLOWLOCATION, 1)
            _ = gazette_curl_set_long(handle, CURLOPT_MAXREDIRS, 5)
            _ = gazette_curl_set_long(handle, CURLOPT_SSL_VERIFYPEER, 1)
            _ = gazette_curl_set_long(handle, CURLOPT_SSL_VERIFYHOST, 2)
            _ = gazette_curl_set_long(handle, CURLOPT_NOSIGNAL, 1)
            _ = gazette_curl_set_long(handle, CURLOPT_TIMEOUT_MS, milliseconds)
            _ = gazette_curl_set_long(handle, CURLOPT_CONNECTTIMEOUT_MS, milliseconds)
            _ = gazette_curl_set_off_t(handle, CURLOPT_MAXFILESIZE_LARGE, curl_off_t(maximumBytes))
            _ = gazette_curl_set_string(handle, CURLOPT_ACCEPT_ENCODING, "")
            _ = gazette_curl_set_string(handle, CURLOPT_USERAGENT, "Gazette/\(GazetteVersion.current) (+feed reader)")
            _ = gazette_curl_set_slist(handle, CURLOPT_HTTPHEADER, headers)
            _ = gazette_curl_set_pointer(handle, CURLOPT_ERRORBUFFER, errors.baseAddress)
            _ = gazette_curl_set_pointer(handle, CURLOPT_WRITEDATA, Unmanaged.passUnretained(sink).toOpaque())
            _ = gazette_curl_set_write_function(handle) { pointer, size, count, userdata in
                guard let pointer, let userdata else { return 0 }
                let sink = Unmanaged<BodySink>.fromOpaque(userdata).takeUnretainedValue()
                let length = size * count
                guard sink.bytes.count + length <= sink.limit else {
                    sink.overLimit = true
                    return 0 // makes libcurl stop with CURLE_WRITE_ERROR
                }
                sink.bytes.append(contentsOf: UnsafeRawBufferPointer(start: pointer, count: length))
                return length
            }
            return curl_easy_perform(handle)
        }
        var status = 0
        _ = gazette_curl_get_long(handle, CURLINFO_RESPONSE_CODE, &status)
        let finalURL = Self.effectiveURL(handle) ?? url
        let statusNote = status > 0 ? " (HTTP \(status))" : ""

        if sink.overLimit || result == CURLE_FILESIZE_EXCEEDED {
            return .failure(FeedFetchError(url: url, status: status, message: "feed larger than \(maximumBytes / (1 << 20)) MB; refused\(statusNote)"))
        }
        guard result == CURLE_OK else {
            var reason = String(cString: curl_easy_strerror(result))
            let detail = errorBuffer.withUnsafeBufferPointer { String(cString: $0.baseAddress!) }.trimmingWhitespace()
            if !detail.isEmpty { reason = detail }
            return .failure(FeedFetchError(url: url, status: status, message: "\(reason)\(statusNote)"))
        }
        if status == 304, let cached {
            return .success(Fetched(bytes: cached.body, url: finalURL, status: 304, fromCache: true))
        }
        guard status == 200 else {
            let what = status == 304 ? "answered 304 Not Modified to a request that was not conditional"
                : "answered HTTP \(status)\(Self.statusWords(status))"
            return .failure(FeedFetchError(url: url, status: status, message: what))
        }
        if let cacheDirectory {
            let entry = CachedFeed(url: url, etag: Self.header(handle, "ETag"), lastModified: Self.header(handle, "Last-Modified"), body: sink.bytes)
            // A cache that cannot be written costs a download next time, nothing more.
            try? entry.save(directory: cacheDirectory)
        }
        return .success(Fetched(bytes: sink.bytes, url: finalURL, status: 200, fromCache: false))
    }

    static func isLoopback(_ host: String) -> Bool {
        ["127.0.0.1", "localhost", "::1", "[::1]"].contains(host.lowercased())
    }

    private static func statusWords(_ status: Int) -> String {
        switch status {
        case 401, 403: return " (access refused)"
        case 404: return " (not found)"
        case 410: return " (gone)"
        case 500...599: return " (server error)"
        default: return ""
        }
    }

    private static func effectiveURL(_ handle: UnsafeMutableRawPointer) -> String? {
        var pointer: UnsafeMutablePointer<CChar>?
        guard gazette_curl_get_string(handle, CURLINFO_EFFECTIVE_URL, &pointer) == CURLE_OK, let pointer else { return nil }
        return String(cString: pointer)
    }

    /// A header of the last response (after redirects).
    private static func header(_ handle: UnsafeMutableRawPointer, _ name: String) -> String? {
        var found: UnsafeMutablePointer<curl_header>?
        guard curl_easy_header(handle, name, 0, UInt32(CURLH_HEADER), -1, &found) == CURLHE_OK,
              let found, let value = found.pointee.value else { return nil }
        let text = String(cString: value).trimmingWhitespace()
        return text.isEmpty ? nil : text
    }

    private final class BodySink {
        let limit: Int
        var bytes: [UInt8] = []
        var overLimit = false
        init(limit: Int) { self.limit = limit }
    }
}

/// A feed that could not be fetched, as one line: `gazette: https://example.org/feed.xml: error: answered HTTP 404 (not found)`.
public struct FeedFetchError: Error, Sendable, CustomStringConvertible {
    public var url: String
    public var status: Int?
    public var message: String

    public init(url: String, status: Int? = nil, message: String) {
        self.url = url
        self.status = status.flatMap { $0 > 0 ? $0 : nil }
        self.message = message
    }

    public var description: String { "\(url): \(message)" }
}

/// The last response kept for a feed URL: its body and the validators that make the next request conditional.
struct CachedFeed: Codable {
    var url: String
    var etag: String?
    var lastModified: String?
    var body: [UInt8]

    private struct Meta: Codable {
        var url: String
        var etag: String?
        var lastModified: String?
    }

    static func name(for url: String) -> String {
        SHA256.hash(data: Data(url.utf8)).prefix(12).map { String(format: "%02x", $0) }.joined()
    }

    static func load(url: String, directory: String) -> CachedFeed? {
        let base = (directory as NSString).appendingPathComponent(name(for: url))
        guard let metaData = FileManager.default.contents(atPath: base + ".json"),
              let meta = try? JSONDecoder().decode(Meta.self, from: metaData), meta.url == url,
              meta.etag != nil || meta.lastModified != nil,
              let body = FileManager.default.contents(atPath: base + ".body") else { return nil }
        return CachedFeed(url: url, etag: meta.etag, lastModified: meta.lastModified, body: [UInt8](body))
    }

    func save(directory: String) throws {
        let base = (directory as NSString).appendingPathComponent(Self.name(for: url))
        // Body first: metadata pointing at a missing or older body would make a 304 read the wrong feed.
        try AtomicFile.write(Data(body), to: base + ".body")
        let meta = Meta(url: url, etag: etag, lastModified: lastModified)
        try AtomicFile.write(try JSONEncoder().encode(meta), to: base + ".json")
    }
}
