#!/usr/bin/env bash
# Benchmark of `gazette compose` over a year of N generated recaps (default 10,000, dated through 2019):
# prints seconds and peak memory. Targets: under 15 s and 500 MB on a 2-core machine.
# usage: scripts/bench_compose.sh [N]
set -euo pipefail
cd "$(dirname "$0")/.."
count="${1:-10000}"
shared="../shared"
[ -f "$shared/tools/gen_corpus.py" ] || { echo "bench_compose: needs $shared/tools/gen_corpus.py beside the project" >&2; exit 2; }
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

swift build -c release --product gazette >/dev/null
python3 "$shared/tools/gen_corpus.py" "$work/corpus" --recaps "$count" --subscribers 1 --start 2019-01-01 --days 365 >/dev/null

python3 - "$work" "$count" <<'PY'
import json, resource, subprocess, sys, time
work, count = sys.argv[1], int(sys.argv[2])
start = time.monotonic()
result = subprocess.run([".build/release/gazette", "compose", "--as-of", "2019-12-31", "--window", "365",
                         "--out", f"{work}/outbox", f"{work}/corpus/recaps"], capture_output=True, text=True)
seconds = time.monotonic() - start
peak_mb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
print(result.stdout.strip())
if result.returncode != 0:
    print(result.stderr[-2000:], file=sys.stderr)
manifest = json.load(open(f"{work}/outbox/2019-12/manifest.json"))
print(f"recaps: {count}, talks composed: {len(manifest['talks'])}, artifacts: {len(manifest['artifacts'])}")
print(f"time: {seconds:.2f} s, peak memory: {peak_mb:.0f} MB, exit status {result.returncode}")
PY
