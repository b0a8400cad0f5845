#!/usr/bin/env bash
# Benchmark of `gazette talks`: generates N synthetic recaps with ../shared/tools/gen_corpus.py,
# extracts their talks with a release build, and prints recaps per second and peak memory,
# plus the extraction score against the generator's own gold.
# usage: scripts/bench_talks.sh [N]   (default 10000; targets: 10,000 in under 10 s, under 300 MB)
set -euo pipefail
cd "$(dirname "$0")/.."
count="${1:-10000}"
shared="../shared"
[ -f "$shared/tools/gen_corpus.py" ] || { echo "bench_talks: needs $shared/tools/gen_corpus.py beside the project" >&2; exit 2; }
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

swift build -c release --product gazette >/dev/null
python3 "$shared/tools/gen_corpus.py" "$work/corpus" --recaps "$count" --subscribers 1 >/dev/null
bytes=$(du -sb "$work/corpus/recaps" | cut -f1)

# Peak memory of the child process, read back from the kernel's rusage (kilobytes on Linux).
python3 - "$work" "$count" "$bytes" <<'PY'
import resource, subprocess, sys, time
work, count, size = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
with open(f"{work}/talks.json", "w") as out:
    start = time.monotonic()
    code = subprocess.call([".build/release/gazette", "talks", "--format", "json", f"{work}/corpus/recaps"], stdout=out)
    seconds = time.monotonic() - start
peak_mb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
print(f"recaps: {count} ({size / 1e6:.1f} MB of HTML)")
print(f"time: {seconds:.2f} s, {count / seconds:,.0f} recaps/s, exit status {code}")
print(f"peak memory: {peak_mb:.0f} MB")
PY
python3 "$shared/tools/score_talks.py" "$work/corpus/gold.json" "$work/talks.json" | tail -n 1
