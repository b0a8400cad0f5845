#!/usr/bin/env bash
# Benchmark of one very long recap: joins the bodies of generated recaps (../shared/tools/gen_corpus.py)
# into a single English post of about SIZE_MB megabytes, runs `gazette talks --format json` on it with a
# release build, and prints the time, the peak memory and that peak over the file's size.
# usage: scripts/bench_big_recap.sh [SIZE_MB]   (default 50; target: linear time, peak within 4x the file)
# GAZETTE_BIN picks the binary (default: builds .build/release/gazette).
set -euo pipefail
cd "$(dirname "$0")/.."
size_mb="${1:-50}"
shared="../shared"
[ -f "$shared/tools/gen_corpus.py" ] || { echo "bench_big_recap: needs $shared/tools/gen_corpus.py beside the project" >&2; exit 2; }
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
if [ -z "${GAZETTE_BIN:-}" ]; then
    swift build -c release --product gazette >/dev/null
    GAZETTE_BIN=.build/release/gazette
fi
# About 1.3 kB of body a recap, half of them English: generate enough, then join the English bodies.
recaps=$(( size_mb * 1000 * 1000 / 600 + 10 ))
python3 "$shared/tools/gen_corpus.py" "$work/corpus" --recaps "$recaps" --subscribers 1 >/dev/null
python3 - "$work" "$size_mb" <<'PY'
import pathlib, sys
work, size = pathlib.Path(sys.argv[1]), int(sys.argv[2]) * 1000 * 1000
out = (work / "big").joinpath("big-recap.md")
out.parent.mkdir()
written = 0
with out.open("w", encoding="utf-8") as sink:
    sink.write('---\ntitle: "One very long recap"\ndate: "2019-06-01"\nlang: en\n---\n\n')
    for path in sorted((work / "corpus" / "recaps").glob("*-en.md")):
        body = path.read_text(encoding="utf-8").split("\n---\n", 1)[1]
        sink.write(body)
        written += len(body.encode())
        if written >= size:
            break
PY
bytes=$(stat -c %s "$work/big/big-recap.md")
python3 - "$GAZETTE_BIN" "$work" "$bytes" "$size_mb" <<'PY'
import resource, subprocess, sys, time
binary, work, size, size_mb = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4])
with open(f"{work}/talks.json", "w") as out:
    start = time.monotonic()
    code = subprocess.call([binary, "talks", "--format", "json", "--max-recap-mb", str(size_mb * 2 + 10), f"{work}/big"], stdout=out)
    seconds = time.monotonic() - start
peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss * 1024
print(f"recap: {size / 1e6:.1f} MB; time: {seconds:.2f} s ({size / 1e6 / seconds:.2f} MB/s), exit status {code}")
print(f"peak memory: {peak / 1e6:.0f} MB, {peak / size:.1f}x the file (target: 4x)")
PY
