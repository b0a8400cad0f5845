/// An issue's warnings sorted by what the organizer does about them. `toAct` needs a person before the
/// issue goes out (a talk without a human-written text in a language, dates that disagree, a link that is
/// not absolute, a post left out, a file that could not be read); `notes` only say what was shortened to fit
/// a platform, which is how social posts are meant to work. `preview --strict` fails on `toAct` alone.
public struct IssueWarnings: Sendable, Equatable {
    public var toAct: [String]
    public var notes: [String]

    public init(_ issue: ComposedIssue) {
        toAct = (issue.failures + issue.warnings).map(\.description)
        notes = []
        for talk in issue.talks {
            for language in talk.missingHumanText {
                toAct.append("talk \(talk.id): warning: no human-written \(language.rawValue) text (the one shown is made by "
                    + "Gazette): write it in the overrides file (`gazette preview` prints the YAML to paste)")
            }
        }
        for artifact in issue.artifacts {
            for warning in artifact.warnings {
                if Self.isShortening(warning, artifact) {
                    notes.append("\(artifact.path): note: \(warning)")
                } else {
                    toAct.append("\(artifact.path): warning: \(warning)")
                }
            }
        }
    }

    /// SocialPostBuilder's "left out … to fit N": a post made to fit its platform. A post still over the
    /// limit, an email Gmail would clip or a link left out of an email are not notes.
    static func isShortening(_ warning: String, _ artifact: Artifact) -> Bool {
        artifact.kind == .social && warning.hasPrefix("left out ") && warning.contains(" to fit ")
    }

    public var summary: String {
        "\(toAct.count) \(toAct.count == 1 ? "warning" : "warnings") to act on, \(notes.count) \(notes.count == 1 ? "note" : "notes")"
    }
}
