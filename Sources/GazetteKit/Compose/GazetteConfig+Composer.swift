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
        var templateSet = TemplateSet.defaults
        if let templates {
            do {
                templateSet = try TemplateSet.load(directory: templates)
            } catch let error as TemplateSet.LoadError {
                throw ConfigError(file: templates, line: nil, message: error.description)
            }
        }
        return IssueComposer(
            renderer: IssueRenderer(templates: templateSet), introMarkdown: intro, bilingualOrder: bilingualOrder,
            siteURL: siteURL, editions: editions)
    }
}
