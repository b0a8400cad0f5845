import Foundation

extension GazetteConfig {
    /// The composer this config describes: overrides, introduction, templates, translation.
    public func composer() throws -> IssueComposer {
        var intro: [Language: String] = [:]
        for (language, path) in self.intro {
            guard let data = FileManager.default.contents(atPath: path) else {
                throw ConfigError(file: path, line: nil, message: "cannot read the \(language.rawValue) introduction")
            }
            intro[language] = String(decoding: data, as: UTF8.self)
        }
        return IssueComposer(introMarkdown: intro, bilingualOrder: bilingualOrder, siteURL: siteURL)
    }
}
