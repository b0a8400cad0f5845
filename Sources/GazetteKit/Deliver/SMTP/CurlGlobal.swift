import CCurl

/// libcurl wants `curl_global_init` before the first handle. It counts its calls, so this one-time call
/// and HTTPClient's own can coexist; the Swift `static let` makes it run once, on first use.
enum CurlGlobal {
    static let isInitialized: Bool = curl_global_init(Int(CURL_GLOBAL_DEFAULT)) == CURLE_OK
}
