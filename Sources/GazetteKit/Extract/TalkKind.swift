public enum TalkKind: String, Sendable, Codable, CaseIterable {
    case keynote
    case talk
    case lightningTalk = "lightning-talk"
    case demo
    case caseStudy = "case-study"
    case panel
}
