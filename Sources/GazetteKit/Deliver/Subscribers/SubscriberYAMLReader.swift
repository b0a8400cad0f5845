import Foundation
import Yams

/// Reads a subscribers YAML file: a list of mappings, either at the top level or under `subscribers:`.
/// Line numbers come from node marks, so diagnostics point at the entry's first line.
struct SubscriberYAMLReader {
    let path: String

    func read(into builder: inout SubscriberListBuilder) throws {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw SubscribersFileError(file: path, message: "cannot read the subscribers file")
        }
        var text = String(decoding: data, as: UTF8.self)
        if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
        let root: Node?
        do {
            root = try Yams.compose(yaml: text)
        } catch let error as YamlError {
            throw SubscribersFileError(file: path, line: Self.line(of: error), message: "not valid YAML: \(Self.problem(in: error))")
        }
        guard let entries = root?.sequence ?? root?.mapping?["subscribers"]?.sequence else {
            throw SubscribersFileError(
                file: path, line: root?.mark?.line,
                message: "expected a list of subscribers (at the top level or under subscribers:)")
        }
        for entry in entries {
            let line = entry.mark?.line ?? 0
            // A bare address in the list is a subscriber with no name who gets both languages.
            if let address = entry.scalar?.string {
                builder.add(address: address, name: nil, language: nil, attributes: [:], line: line)
                continue
            }
            guard let mapping = entry.mapping else {
                builder.add(address: nil, name: nil, language: nil, attributes: [:], line: line)
                continue
            }
            var known: [SubscriberField: String] = [:]
            var attributes: [String: String] = [:]
            for (keyNode, valueNode) in mapping {
                guard let key = keyNode.string, let scalar = valueNode.scalar, valueNode.null == nil else { continue }
                if let field = SubscriberField(header: key) {
                    if known[field] == nil { known[field] = scalar.string }
                } else {
                    attributes[key] = scalar.string
                }
            }
            builder.add(address: known[.email], name: known[.name], language: known[.language], attributes: attributes, line: line)
        }
    }

    private static func line(of error: YamlError) -> Int? {
        switch error {
        case .scanner(_, _, let mark, _), .parser(_, _, let mark, _), .composer(_, _, let mark, _): return mark.line
        default: return nil
        }
    }

    private static func problem(in error: YamlError) -> String {
        switch error {
        case .scanner(_, let problem, _, _), .parser(_, let problem, _, _), .composer(_, let problem, _, _): return problem
        default: return "\(error)"
        }
    }
}
