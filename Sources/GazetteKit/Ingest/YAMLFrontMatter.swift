import Yams

/// YAML front matter through Yams. `compose` (not `load`) keeps scalars as written, so a date
/// like `2019-06-21` reaches the date reader as text instead of a time-zone-shifted `Date`.
enum YAMLFrontMatter {
    static func fields(from text: String, firstLine: Int) -> Result<[String: FrontMatterValue], FrontMatterParser.Failure> {
        if let flat = FlatYAMLFrontMatter.fields(from: text) { return .success(flat) }
        return yamsFields(from: text, firstLine: firstLine)
    }

    /// Through Yams, whatever the front matter holds.
    static func yamsFields(from text: String, firstLine: Int) -> Result<[String: FrontMatterValue], FrontMatterParser.Failure> {
        let root: Node?
        do {
            // UTF-8 said outright: Yams's default encoding is worked out anew on every call, from a copy of the
            // whole process environment, which cost more than a twentieth of reading a year of recaps. The basic
            // resolver: every value is read as its text, so working out which scalars look like numbers, dates
            // or booleans (the default resolver's regular expressions) was work thrown away.
            root = try Yams.compose(yaml: text, .basic, .default, .utf8)
        } catch let error as YamlError {
            return .failure(failure(for: error, firstLine: firstLine))
        } catch {
            return .failure(.init(line: firstLine, message: "YAML front matter cannot be read: \(error)"))
        }
        guard let root else { return .success([:]) }
        guard let mapping = root.mapping else {
            return .failure(.init(line: firstLine, message: "YAML front matter is not a list of key: value pairs"))
        }
        var fields: [String: FrontMatterValue] = [:]
        for (keyNode, valueNode) in mapping {
            guard let key = keyNode.scalar?.string.lowercased(), fields[key] == nil else { continue }
            if let value = simplified(valueNode) { fields[key] = value }
        }
        return .success(fields)
    }

    /// Scalars and lists of scalars become strings; mappings, and lists that hold mappings, are kept whole.
    private static func simplified(_ node: Node) -> FrontMatterValue? {
        switch node {
        case .scalar(let scalar):
            return isNull(scalar) ? nil : .string(scalar.string)
        case .sequence(let sequence):
            if sequence.contains(where: { $0.mapping != nil || $0.sequence != nil }) {
                return tree(node, depth: 0).map { .nested($0) }
            }
            return .list(sequence.compactMap { item in
                guard let scalar = item.scalar, !isNull(scalar) else { return nil }
                return scalar.string
            })
        case .mapping:
            return tree(node, depth: 0).map { .nested($0) }
        case .alias:
            return nil
        }
    }

    /// Bounded in depth: front matter that nests deeper than any site's talk list is not read further.
    private static func tree(_ node: Node, depth: Int) -> FrontMatterNode? {
        guard depth < 8 else { return nil }
        switch node {
        case .scalar(let scalar):
            return isNull(scalar) ? nil : .text(scalar.string)
        case .sequence(let sequence):
            return .list(sequence.compactMap { tree($0, depth: depth + 1) })
        case .mapping(let mapping):
            return .map(mapping.compactMap { key, value in
                guard let name = key.scalar?.string.lowercased(), let child = tree(value, depth: depth + 1) else { return nil }
                return (name, child)
            })
        case .alias:
            return nil
        }
    }

    private static func isNull(_ scalar: Node.Scalar) -> Bool {
        guard scalar.style == .plain || scalar.style == .any else { return false }
        return ["", "~", "null", "Null", "NULL"].contains(scalar.string)
    }

    private static func failure(for error: YamlError, firstLine: Int) -> FrontMatterParser.Failure {
        func at(_ mark: Mark, _ problem: String) -> FrontMatterParser.Failure {
            .init(line: firstLine + mark.line - 1, message: "YAML front matter cannot be read: \(problem)")
        }
        switch error {
        case .scanner(let context, let problem, let mark, _),
             .parser(let context, let problem, let mark, _),
             .composer(let context, let problem, let mark, _):
            let detail = context.map { "\(problem) (\($0.text) on line \(firstLine + $0.mark.line - 1))" } ?? problem
            return at(mark, detail)
        case .duplicatedKeysInMapping(let duplicates, let context):
            return at(context.mark, "duplicate key \(duplicates.joined(separator: ", "))")
        case .reader(let problem, _, _, _):
            return .init(line: firstLine, message: "YAML front matter cannot be read: \(problem)")
        default:
            return .init(line: firstLine, message: "YAML front matter cannot be read: \(error)")
        }
    }
}
