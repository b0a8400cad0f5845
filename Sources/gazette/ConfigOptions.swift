import ArgumentParser
import GazetteKit

/// The config every command finds the same way (`--config`, then `$GAZETTE_CONFIG`, then ./gazette.yaml),
/// and `--verbose`, which says which one it used.
struct ConfigOptions: ParsableArguments {
    @Option(help: "Settings file (default: $GAZETTE_CONFIG, else ./gazette.yaml when there is one; see `gazette init`).")
    var config: String?

    @Flag(name: .shortAndLong, help: "Say which config file is used, and give more detail on stderr.")
    var verbose = false

    var location: ConfigLocation? { ConfigLocation.find(option: config) }

    /// The settings, or the built-in defaults when there is no config anywhere (unless `required`).
    /// Settings that do nothing are printed, one line each.
    func load(required: Bool = false) throws -> GazetteConfig {
        guard let location else {
            if required {
                throw ValidationError("No settings: pass --config FILE, set $GAZETTE_CONFIG, or run where gazette.yaml is (`gazette init` writes one).")
            }
            if verbose { printError(ConfigLocation.noneExplanation) }
            return GazetteConfig()
        }
        if verbose { printError(location.explanation) }
        let loaded = try location.load()
        for warning in loaded.warnings { printError(warning.description) }
        return loaded
    }
}
