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
        var overrides = Overrides()
        if let path = self.overrides, FileManager.default.fileExists(atPath: path) {
            do {
                overrides = try Overrides.load(path: path)
            } catch let error as OverridesError {
                throw ConfigError(file: error.diagnostic.file, line: error.diagnostic.line, message: error.diagnostic.message)
            }
        }
        var translator: (any Translator)?
        if let translation {
            do {
                translator = try translation.makeTranslator(cacheDirectory: (outbox as NSString).appendingPathComponent("cache"))
            } catch {
                throw ConfigError(file: "translation", line: nil, message: "\(error)")
            }
        }
        var templateSet = TemplateSet.defaults
        if let templates {
            do {
                templateSet = try TemplateSet.load(directory: templates)
            } catch let error as TemplateSet.LoadError {
                throw ConfigError(file: templates, line: nil, message: error.description)
            }
        }
        var composer = IssueComposer(
            summarizer: TalkSummarizer(overrides: overrides, translator: translator), renderer: IssueRenderer(templates: templateSet), introMarkdown: intro, bilingualOrder: bilingualOrder,
            siteURL: siteURL, editions: editions, reader: RecapReader(maximumBytes: maximumRecapBytes), permalinks: permalinks,
            feedFetcher: FeedFetcher(cacheDirectory: (outbox as NSString).appendingPathComponent("cache/feeds")))
        composer.sender = delivery.list.sender
        composer.archiveURL = delivery.list.archiveURL
        return composer
    }
}
