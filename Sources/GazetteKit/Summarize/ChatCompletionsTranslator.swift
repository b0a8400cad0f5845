import Foundation

/// An OpenAI-compatible chat-completions endpoint asked for a translation and nothing else.
public struct ChatCompletionsTranslator: Translator {
    public var baseURL: String
    public var model: String
    var apiKey: String?
    var http: HTTPClient

    public init(baseURL: String, model: String, apiKey: String? = nil, timeoutSeconds: Double = 60) {
        self.baseURL = baseURL.hasSuffix("/") ? String(baseURL.dropLast()) : baseURL
        self.model = model
        self.apiKey = apiKey
        self.http = HTTPClient(timeoutSeconds: timeoutSeconds)
    }

    static func languageName(_ language: Language) -> String { language == .fr ? "French" : "English" }

    public func translate(_ text: String, from source: Language, to target: Language) throws -> String {
        let instruction = "Translate the user's text from \(Self.languageName(source)) to \(Self.languageName(target)). "
            + "Keep names, product names and talk titles as they are. Reply with the translation only."
        let request: [String: Any] = [
            "model": model, "temperature": 0,
            "messages": [["role": "system", "content": instruction], ["role": "user", "content": text]],
        ]
        let headers = apiKey.map { ["Authorization: Bearer \($0)"] } ?? []
        let response = try http.postJSON(url: baseURL + "/v1/chat/completions",
                                         body: try JSONSerialization.data(withJSONObject: request), headers: headers)
        guard response.status == 200 else {
            throw TranslationError.status(response.status, String(decoding: response.body, as: UTF8.self))
        }
        guard let object = try? JSONSerialization.jsonObject(with: response.body) as? [String: Any],
              let choices = object["choices"] as? [[String: Any]],
              let message = choices.first?["message"] as? [String: Any],
              let content = message["content"] as? String else {
            throw TranslationError.badResponse("no choices[0].message.content")
        }
        return content.trimmingWhitespace()
    }
}
