@testable import GazetteKit

/// Builds a recap from an HTML body, the way the ingest stage would, for extraction tests.
func recap(html: String, language: Language = .fr, title: String? = nil, key: String = "test-recap") -> Recap {
    Recap(
        source: "\(key).html", key: key, title: title, language: language, languageSource: .frontMatter, date: nil,
        frontMatter: FrontMatter(), blocks: HTMLBlockReader().read(html: html).blocks)
}

func talks(html: String, language: Language = .fr, title: String? = nil) -> [Talk] {
    TalkExtractor().extract(recap(html: html, language: language, title: title)).talks
}

/// The project's root folder, found from this file's path, so tests run from any working directory.
let packageRoot: String = {
    var path = #filePath
    for _ in 0..<4 { path = String(path[..<path.lastIndex(of: "/")!]) }
    return path
}()

let sharedFolder = packageRoot + "/../shared"
