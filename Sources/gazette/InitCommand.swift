import ArgumentParser
import Foundation
import GazetteKit

struct InitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Write a starter gazette.yaml, the default templates and an example overrides file.",
        discussion: "Existing files are left alone unless --force is given."
    )

    @Argument(help: "Folder to write into.")
    var folder: String = "."

    @Flag(help: "Overwrite existing files.")
    var force = false

    func run() throws {
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        for (name, content) in [("gazette.yaml", StarterFiles.config), ("overrides.yaml", StarterFiles.overrides)] {
            let path = (folder as NSString).appendingPathComponent(name)
            if FileManager.default.fileExists(atPath: path) && !force {
                printError("\(path): exists, left alone (use --force to overwrite)")
                continue
            }
            try content.write(toFile: path, atomically: true, encoding: .utf8)
            print("wrote \(path)")
        }
        let templates = (folder as NSString).appendingPathComponent("templates")
        for path in try TemplateSet.writeDefaults(to: templates, overwrite: force) { print("wrote \(path)") }
    }
}
