import Foundation

/// A LibreTranslate-compatible service: `POST /translate {q, source, target, format, api_key?}`.
public struct LibreTranslateClient: Translator {
    public var baseURL: String
    var apiKey: String?
    var http: HTTPClient

    public init(baseURL: String, apiKey: String? = nil, timeoutSeconds: Double = 30) {
        self.baseURL = baseURL.hasSuffix("/") ? String(baseURL.dropLast()) : baseURL
        self.apiKey = apiKey
        self.http = HTTPClient(timeoutSeconds: timeoutSeconds)
    }

    public func translate(_ text: String, from source: Language, to target: Language) throws -> String {
        var request: [String: String] = ["q": text, "source": source.rawValue, "target": target.rawValue, "format": "text"]
        if let apiKey { request["api_key"] = apiKey }
        let response = try http.postJSON(url: baseURL + "/translate", body: try JSONSerialization.data(withJSONObject: request))
        guard response.status == 200 else {
            throw TranslationError.status(response.status, String(decoding: response.body, as: UTF8.self))
        }
        guard let object = try? JSONSerialization.jsonObject(with: response.body) as? [String: Any],
              let translated = object["translatedText"] as? String else {
            throw TranslationError.badResponse("no translatedText")
        }
        return translated
    }
}
