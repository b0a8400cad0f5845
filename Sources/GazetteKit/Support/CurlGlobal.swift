import CCurl

/// libcurl wants `curl_global_init` once before the first handle; the SMTP session and the translation
/// HTTP client both go through this `static let`, which runs it once, on first use.
enum CurlGlobal {
    static let isInitialized: Bool = curl_global_init(Int(CURL_GLOBAL_DEFAULT)) == CURLE_OK
}
