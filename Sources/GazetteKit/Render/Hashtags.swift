/// Hashtags for the technologies a talk names, from a short list of projects meetups talk about.
public enum Hashtags {
    struct Technology {
        var tag: String
        /// Word sequences that name it, lowercased.
        var spellings: [[String]]
        /// Names that are also ordinary words ("helm", "flux", "envoy") only count when capitalized.
        var needsCapital: Bool = false
    }

    static let known: [Technology] = [
        Technology(tag: "Kubernetes", spellings: [["kubernetes"], ["k8s"]]),
        Technology(tag: "Kafka", spellings: [["kafka"]]),
        Technology(tag: "Istio", spellings: [["istio"]]),
        Technology(tag: "Envoy", spellings: [["envoy"]], needsCapital: true),
        Technology(tag: "Prometheus", spellings: [["prometheus"]], needsCapital: true),
        Technology(tag: "Helm", spellings: [["helm"]], needsCapital: true),
        Technology(tag: "ArgoCD", spellings: [["argocd"], ["argo", "cd"]]),
        Technology(tag: "Knative", spellings: [["knative"]]),
        Technology(tag: "Kubeflow", spellings: [["kubeflow"]]),
        Technology(tag: "Ceph", spellings: [["ceph"]]),
        Technology(tag: "Rook", spellings: [["rook"]], needsCapital: true),
        Technology(tag: "eBPF", spellings: [["ebpf"]]),
        Technology(tag: "Cilium", spellings: [["cilium"]]),
        Technology(tag: "Terraform", spellings: [["terraform"]]),
        Technology(tag: "Docker", spellings: [["docker"]]),
        Technology(tag: "Linkerd", spellings: [["linkerd"]]),
        Technology(tag: "OpenTelemetry", spellings: [["opentelemetry"], ["otel"]]),
        Technology(tag: "Grafana", spellings: [["grafana"]]),
        Technology(tag: "Jaeger", spellings: [["jaeger"]]),
        Technology(tag: "Flux", spellings: [["fluxcd"], ["flux", "cd"], ["flux"]], needsCapital: true),
        Technology(tag: "Crossplane", spellings: [["crossplane"]]),
        Technology(tag: "Falco", spellings: [["falco"]], needsCapital: true),
        Technology(tag: "Tekton", spellings: [["tekton"]]),
        Technology(tag: "containerd", spellings: [["containerd"]]),
        Technology(tag: "etcd", spellings: [["etcd"]]),
        Technology(tag: "gRPC", spellings: [["grpc"]]),
        Technology(tag: "WebAssembly", spellings: [["webassembly"], ["wasm"]]),
        Technology(tag: "Backstage", spellings: [["backstage"]], needsCapital: true),
        Technology(tag: "Dapr", spellings: [["dapr"]]),
        Technology(tag: "KEDA", spellings: [["keda"]]),
        Technology(tag: "Vault", spellings: [["vault"]], needsCapital: true),
        Technology(tag: "Consul", spellings: [["consul"]], needsCapital: true),
        Technology(tag: "Ansible", spellings: [["ansible"]]),
        Technology(tag: "Podman", spellings: [["podman"]]),
    ]

    /// Tags (without `#`) for the technologies named in `texts`, in order of first mention, each once.
    public static func technologies(in texts: [String]) -> [String] {
        ordered([mentions(in: texts)])
    }

    /// Where `texts` first name each technology, by each of its spellings.
    struct Mention: Sendable {
        var technology: Int
        var spelling: Int
        var position: Int
    }

    static func mentions(in texts: [String]) -> [Mention] {
        var found: [Mention] = []
        // Each word lowercased, and whether it began with a capital; "" after each text keeps two texts from
        // joining into one name.
        var lowered: [String] = []
        var capitalized: [Bool] = []
        for text in texts {
            appendWords(of: text, lowered: &lowered, capitalized: &capitalized)
            lowered.append("")
            capitalized.append(false)
        }
        let present = Set(lowered)
        for (technologyIndex, technology) in known.enumerated() where technology.spellings.contains(where: { present.contains($0[0]) }) {
            for (spellingIndex, spelling) in technology.spellings.enumerated() {
                var index = 0
                while index + spelling.count <= lowered.count {
                    let matches = spelling.indices.allSatisfy { lowered[index + $0] == spelling[$0] }
                    if matches, !technology.needsCapital || capitalized[index] {
                        found.append(Mention(technology: technologyIndex, spelling: spellingIndex, position: index))
                        break
                    }
                    index += 1
                }
            }
        }
        return found
    }

    /// The tags of mentions found in texts read one after the other (`parts[0]`'s texts first): a technology is
    /// placed where its first spelling that is found at all first occurs, as if the texts were read as one.
    /// Parts can be searched apart (on all cores) and put together here.
    static func ordered(_ parts: [[Mention]]) -> [String] {
        var first: [Int: (spelling: Int, part: Int, position: Int)] = [:]
        for (part, mentions) in parts.enumerated() {
            for mention in mentions {
                if let known = first[mention.technology], known.spelling <= mention.spelling { continue }
                first[mention.technology] = (mention.spelling, part, mention.position)
            }
        }
        return first.sorted { ($0.value.part, $0.value.position) < ($1.value.part, $1.value.position) }.map { known[$0.key].tag }
    }

    /// The words of `text` as `mentions` compares them. Plain Latin text (all of French and English) is split
    /// on its bytes, each scalar being a character there: splitting by `Character` and lowercasing each word
    /// was most of the social posts' hashtag work. A word with a letter outside ASCII cannot be a spelling
    /// (all are ASCII), so it is kept as "", which none equals.
    static func appendWords(of text: String, lowered: inout [String], capitalized: inout [Bool]) {
        var text = text
        let done = text.withUTF8 { bytes -> Bool in
            guard PlainLatinText.isPlain(bytes) else { return false }
            var index = 0
            while index < bytes.count {
                guard let first = wordScalarLength(bytes, at: index) else {
                    index += scalarLength(bytes[index])
                    continue
                }
                var end = index + first
                var ascii = first == 1
                while end < bytes.count, let length = wordScalarLength(bytes, at: end) {
                    if length > 1 { ascii = false }
                    end += length
                }
                if ascii {
                    lowered.append(String(unsafeUninitializedCapacity: end - index) { buffer in
                        for offset in 0..<(end - index) {
                            let byte = bytes[index + offset]
                            buffer[offset] = byte &- 0x41 < 26 ? byte + 0x20 : byte
                        }
                        return end - index
                    })
                } else {
                    lowered.append("")
                }
                capitalized.append(bytes[index] &- 0x41 < 26)
                index = end
            }
            return true
        }
        guard !done else { return }
        for word in words(in: text) {
            lowered.append(word.unicodeScalars.allSatisfy(\.isASCII) ? word.lowercased() : "")
            capitalized.append(word.first?.isUppercase == true)
        }
    }

    /// The length in bytes of the letter or digit at `index` of plain Latin text, nil when it is neither.
    private static func wordScalarLength(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Int? {
        let byte = bytes[index]
        if byte < 0x80 { return (byte | 0x20) &- 0x61 < 26 || byte &- 0x30 < 10 ? 1 : nil }
        guard byte >= 0xC2, byte <= 0xC5 else { return nil }  // U+2010–U+2027: dashes, quotes, ellipsis
        let scalar = Int(byte & 0x1F) << 6 | Int(bytes[index + 1] & 0x3F)
        return latinLetterOrDigit[scalar - 0x80] ? 2 : nil
    }

    private static func scalarLength(_ lead: UInt8) -> Int { lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4 }

    /// U+0080–U+017F: whether each is a letter or a number to `Character`, as `words(in:)` asks.
    private static let latinLetterOrDigit: [Bool] = (0x80..<0x180).map { value in
        let character = Character(Unicode.Scalar(UInt32(value))!)
        return character.isLetter || character.isNumber
    }

    static func words(in text: String) -> [String] {
        // ASCII decided by value: `Character.isLetter` asks the Unicode tables for every character.
        text.split { character in
            if let ascii = character.asciiValue { return !((ascii | 0x20) &- 0x61 < 26 || ascii &- 0x30 < 10) }
            return !(character.isLetter || character.isNumber)
        }.map(String.init)
    }
}
