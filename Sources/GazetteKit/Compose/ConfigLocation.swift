import Foundation

/// Where every command finds its settings, in one order: `--config`, then `$GAZETTE_CONFIG`, then
/// `./gazette.yaml`. A file named by the first two must exist; the third is used only when present.
public struct ConfigLocation: Sendable, Equatable {
    public enum Origin: Sendable, Equatable { case option, environment, currentFolder }

    public static let environmentVariable = "GAZETTE_CONFIG"
    public static let defaultName = "gazette.yaml"

    public var path: String
    public var origin: Origin

    /// nil: no config anywhere, the built-in defaults apply.
    public static func find(option: String?, environment: [String: String] = ProcessInfo.processInfo.environment,
                            fileExists: (String) -> Bool = FileManager.default.fileExists(atPath:)) -> ConfigLocation? {
        if let option { return ConfigLocation(path: option, origin: .option) }
        if let path = environment[environmentVariable], !path.isEmpty { return ConfigLocation(path: path, origin: .environment) }
        if fileExists(defaultName) { return ConfigLocation(path: defaultName, origin: .currentFolder) }
        return nil
    }

    /// What `--verbose` prints.
    public var explanation: String {
        switch origin {
        case .option: return "config: \(path) (from --config)"
        case .environment: return "config: \(path) (from $\(Self.environmentVariable))"
        case .currentFolder: return "config: \(path) (found in the current folder)"
        }
    }

    public static let noneExplanation =
        "config: none (no --config, no $\(environmentVariable), no ./\(defaultName)); using the built-in defaults"

    /// Loads it; a file from the environment that cannot be read says where its name came from.
    public func load() throws -> GazetteConfig {
        do {
            return try GazetteConfig.load(path: path)
        } catch var error as ConfigError where origin == .environment && error.line == nil {
            error.message += " (named by $\(Self.environmentVariable))"
            throw error
        }
    }
}
