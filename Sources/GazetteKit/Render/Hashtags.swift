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
        var found: [(position: Int, tag: String)] = []
        let words = texts.flatMap { Self.words(in: $0) + [""] } // "" keeps two texts from joining into one name
        let lowered = words.map { $0.lowercased() }
        let present = Set(lowered)
        for technology in known where technology.spellings.contains(where: { present.contains($0[0]) }) {
            var first: Int?
            for spelling in technology.spellings where first == nil {
                var index = 0
                while index + spelling.count <= words.count {
                    let matches = spelling.indices.allSatisfy { lowered[index + $0] == spelling[$0] }
                    if matches, !technology.needsCapital || words[index].first?.isUppercase == true {
                        first = index
                        break
                    }
                    index += 1
                }
            }
            if let first { found.append((first, technology.tag)) }
        }
        return found.sorted { $0.position < $1.position }.map(\.tag)
    }

    static func words(in text: String) -> [String] {
        // ASCII decided by value: `Character.isLetter` asks the Unicode tables for every character.
        text.split { character in
            if let ascii = character.asciiValue { return !((ascii | 0x20) &- 0x61 < 26 || ascii &- 0x30 < 10) }
            return !(character.isLetter || character.isNumber)
        }.map(String.init)
    }
}
