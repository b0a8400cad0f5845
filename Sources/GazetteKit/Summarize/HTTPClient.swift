import CCurl
import Foundation

/// What went wrong talking to a translation service. Never carries request headers: they hold API keys.
public enum TranslationError: Error, CustomStringConvertible, Sendable {
    case transport(String)
    case status(Int, String)
    case badResponse(String)
    case missingKey(String)

    public var description: String {
        switch self {
        case let .transport(message): return "translation request failed: \(message)"
        case let .status(code, body): return "translation service answered HTTP \(code): \(body.prefix(200))"
        case let .badResponse(message): return "unexpected translation response: \(message)"
        case let .missingKey(variable): return "environment variable \(variable) (the translation API key) is not set"
        }
    }
}

/// A blocking JSON POST over libcurl: the only HTTP the summarize stage needs.
struct HTTPClient: Sendable {
    var timeoutSeconds: Double

    struct Response {
        var status: Int
        var body: Data
    }

    private final class Sink {
        var data = Data()
    }

    func postJSON(url: String, body: Data, headers: [String] = []) throws -> Response {
        guard CurlGlobal.isInitialized, let handle = curl_easy_init() else { throw TranslationError.transport("libcurl unavailable") }
        defer { curl_easy_cleanup(handle) }
        var list: UnsafeMutablePointer<curl_slist>?
        for header in ["Content-Type: application/json", "Accept: application/json"] + headers {
            list = curl_slist_append(list, header)
        }
        defer { curl_slist_free_all(list) }
        let sink = Sink()
        let sinkPointer = Unmanaged.passUnretained(sink).toOpaque()
        let milliseconds = max(1, Int(timeoutSeconds * 1000))
        let result: CURLcode = body.withUnsafeBytes { bytes in
            _ = gazette_curl_set_string(handle, CURLOPT_URL, url)
            _ = gazette_curl_set_long(handle, CURLOPT_POST, 1)
            _ = gazette_curl_set_pointer(handle, CURLOPT_POSTFIELDS, UnsafeMutableRawPointer(mutating: bytes.baseAddress))
            _ = gazette_curl_set_long(handle, CURLOPT_POSTFIELDSIZE, bytes.count)
            _ = gazette_curl_set_pointer(handle, CURLOPT_HTTPHEADER, UnsafeMutableRawPointer(list))
            // Signals cannot carry timeouts across threads: the summarizer may run on several.
            _ = gazette_curl_set_long(handle, CURLOPT_NOSIGNAL, 1)
            _ = gazette_curl_set_long(handle, CURLOPT_TIMEOUT_MS, milliseconds)
            _ = gazette_curl_set_long(handle, CURLOPT_CONNECTTIMEOUT_MS, milliseconds)
            _ = gazette_curl_set_pointer(handle, CURLOPT_WRITEDATA, sinkPointer)
            _ = gazette_curl_set_write_function(handle) { pointer, size, count, userdata in
                guard let pointer, let userdata else { return 0 }
                let sink = Unmanaged<Sink>.fromOpaque(userdata).takeUnretainedValue()
                sink.data.append(UnsafeRawPointer(pointer).assumingMemoryBound(to: UInt8.self), count: size * count)
                return size * count
            }
            return curl_easy_perform(handle)
        }
        guard result == CURLE_OK else {
            throw TranslationError.transport(String(cString: curl_easy_strerror(result)))
        }
        var status = 0
        _ = gazette_curl_get_long(handle, CURLINFO_RESPONSE_CODE, &status)
        return Response(status: status, body: sink.data)
    }
}
