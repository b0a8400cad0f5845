#!/usr/bin/env bash
# Benchmark of `gazette compose` on a year-long archive of N generated recaps (default 10,000, dated
# through 2019): composes the issue of the last 31 days (as cron would on 2019-12-31), once into a folder
# on disk and once into memory-backed /dev/shm, and prints seconds and peak memory for each.
# Targets (issue 11): under 8 s and 300 MB on a 2-core machine.
# On disk the write of ~40,000 small files is mostly the kernel's inode allocation; on ext4 right after
# tens of thousands of files were deleted (an earlier run's clean-up) it scans recently freed inodes and
# the write stage takes several times longer. The /dev/shm figure is the one free of that.
# usage: [GAZETTE_BIN=path] scripts/bench_compose.sh [N]   (GAZETTE_BIN: measure a binary already built)
set -euo pipefail
cd "$(dirname "$0")/.."
count="${1:-10000}"
shared="../shared"
[ -f "$shared/tools/gen_corpus.py" ] || { echo "bench_compose: needs $shared/tools/gen_corpus.py beside the project" >&2; exit 2; }
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

binary="${GAZETTE_BIN:-.build/release/gazette}"
[ -n "${GAZETTE_BIN:-}" ] || swift build -c release --product gazette >/dev/null
python3 "$shared/tools/gen_corpus.py" "$work/corpus" --recaps "$count" --subscribers 1 --start 2019-01-01 --days 365 >/dev/null

python3 - "$work" "$count" "$binary" <<'PY'
import json, os, resource, shutil, subprocess, sys, time
work, count, binary = sys.argv[1], int(sys.argv[2]), sys.argv[3]
targets = [("disk", f"{work}/outbox")]
if os.path.isdir("/dev/shm"):
    targets.append(("/dev/shm", f"/dev/shm/gazette-bench-{os.getpid()}"))
for label, outbox in targets:
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.monotonic()
    result = subprocess.run([binary, "compose", "--timings", "--period", "window", "--as-of", "2019-12-31", "--out", outbox,
                             f"{work}/corpus/recaps"], capture_output=True, text=True)
    seconds = time.monotonic() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if result.returncode != 0:
        print(result.stderr[-2000:], file=sys.stderr)
    manifest = json.load(open(f"{outbox}/2019-12/manifest.json"))
    selected = sum(1 for recap in manifest["recaps"] if recap["selected"])
    print(f"[{label}] {count} recaps read, {selected} in the issue, {len(manifest['talks'])} talks, "
          f"{len(manifest['artifacts'])} files")
    print(f"[{label}] time: {seconds:.2f} s (user {after.ru_utime - before.ru_utime:.1f} s, "
          f"system {after.ru_stime - before.ru_stime:.1f} s), peak memory: {after.ru_maxrss / 1024:.0f} MB, "
          f"exit status {result.returncode}")
    for line in result.stderr.splitlines():
        if "timings:" in line:
            print(f"[{label}] {line.split('timings:', 1)[1].strip()}")
    if label == "/dev/shm":
        shutil.rmtree(outbox, ignore_errors=True)
PY
