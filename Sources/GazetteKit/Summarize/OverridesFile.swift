import Foundation
import Yams

/// A problem in the overrides file, as one `path:line: error: message` line.
public struct OverridesError: Error, CustomStringConvertible, Sendable {
    public var diagnostic: Diagnostic
    public var description: String { diagnostic.description }
}

extension Overrides {
    /// Reads the organizers' YAML file: `"talk id": { title: { fr: …, en: … }, summary: { fr: …, en: … } }`.
    public static func load(path: String) throws -> Overrides {
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            throw OverridesError(diagnostic: .error(path, "cannot read the overrides file"))
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw OverridesError(diagnostic: .error(path, "the overrides file is not UTF-8"))
        }
        return try parse(yaml: text, file: path)
    }

    public static func parse(yaml: String, file: String) throws -> Overrides {
        let root: Node?
        do {
            root = try Yams.compose(yaml: yaml)
        } catch let error as YamlError {
            throw OverridesError(diagnostic: .error(file, line: line(of: error), message(of: error)))
        }
        guard let root else { return Overrides() }
        guard let talks = root.mapping else {
            throw failure(file, root, "expected a mapping from talk ids to their title and summary")
        }
        var entries: [String: Entry] = [:]
        for (key, value) in talks {
            guard let id = key.string, !id.isEmpty else { throw failure(file, key, "a talk id must be a string") }
            if value.scalar?.string.isEmpty == true || value.null != nil { continue }
            guard let fields = value.mapping else {
                throw failure(file, value, "expected title and/or summary under \"\(id)\"")
            }
            var entry = Entry()
            for (field, texts) in fields {
                switch field.string {
                case "title": entry.title = try languageTexts(texts, file: file, field: "title")
                case "summary": entry.summary = try languageTexts(texts, file: file, field: "summary")
                default: throw failure(file, field, "unknown field \"\(field.string ?? "")\" (expected title or summary)")
                }
            }
            guard entries[id] == nil else { throw failure(file, key, "talk \"\(id)\" appears twice") }
            entries[id] = entry
        }
        return Overrides(entries: entries)
    }

    private static func languageTexts(_ node: Node, file: String, field: String) throws -> [Language: String] {
        guard let mapping = node.mapping else { throw failure(file, node, "\(field) needs one text per language (fr, en)") }
        var texts: [Language: String] = [:]
        for (key, value) in mapping {
            guard let code = key.string, let language = Language(rawValue: code) else {
                throw failure(file, key, "unknown language \"\(key.string ?? "")\" in \(field) (expected fr or en)")
            }
            guard let text = value.string else { throw failure(file, value, "\(field).\(code) must be text") }
            // An empty string is a skeleton left unfilled: it overrides nothing.
            if !text.trimmingWhitespace().isEmpty { texts[language] = text.trimmingWhitespace() }
        }
        return texts
    }

    private static func failure(_ file: String, _ node: Node, _ message: String) -> OverridesError {
        OverridesError(diagnostic: .error(file, line: node.mark?.line, message))
    }

    private static func line(of error: YamlError) -> Int? {
        switch error {
        case let .scanner(_, _, mark, _), let .parser(_, _, mark, _), let .composer(_, _, mark, _): return mark.line
        case let .duplicatedKeysInMapping(_, context): return context.mark.line
        default: return nil
        }
    }

    private static func message(of error: YamlError) -> String {
        switch error {
        case let .scanner(_, problem, _, _), let .parser(_, problem, _, _), let .composer(_, problem, _, _):
            return "invalid YAML: \(problem)"
        case let .duplicatedKeysInMapping(duplicates, _):
            return "talk ids appear twice: \(duplicates.joined(separator: ", "))"
        default: return "invalid YAML"
        }
    }

    /// The entries to paste into the overrides file for talks no person summarized in some language,
    /// each with what the issue would show instead as a comment, so organizers see what they replace.
    public static func skeleton(for talks: [ComposedTalk]) -> String {
        var lines = ["# Talks without a human summary in some language: write one, then paste into the overrides file."]
        for talk in talks where !talk.missingHumanText.isEmpty {
            lines.append("")
            let names = talk.speakers.map(\.name).joined(separator: ", ")
            if !names.isEmpty { lines.append("# \(names)") }
            lines.append("\(quoted(talk.id)):")
            lines.append("  summary:")
            for language in talk.missingHumanText {
                if let current = talk.texts[language]?.summary.first {
                    lines.append("    # now: \(current.text.replacingOccurrences(of: "\n", with: " "))")
                }
                lines.append("    \(language.rawValue): \"\"")
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// Double-quoted YAML scalar: ids hold "/", texts may hold ": " or "#".
    static func quoted(_ text: String) -> String {
        var escaped = ""
        for character in text {
            switch character {
            case "\\": escaped += "\\\\"
            case "\"": escaped += "\\\""
            case "\n": escaped += "\\n"
            default: escaped.append(character)
            }
        }
        return "\"\(escaped)\""
    }
}
