#!/usr/bin/env bash
# What `gazette talks` spends on N generated recaps (default 500) beside the floor of merely parsing the
# same files with libxml2's HTML parser. The floor is a small C program, built here, that reads each file
# and calls htmlReadMemory with the options Gazette uses. Counted by valgrind's callgrind where it can run
# the Swift binary (instruction counts are stable where wall time on a shared 2-core machine is not;
# `talks` runs without Swift concurrency's main executor, whose sigsuspend valgrind 3.19 cannot follow).
# Where valgrind still cannot run it (and a VM exposes no hardware counters for `perf stat`), the script
# compares CPU seconds instead (user + system, the least of 3 runs each; the floor parses the files 20
# times over to be measurable).
# Target: gazette ≤ 10× the floor.
# usage: [GAZETTE_BIN=path] scripts/bench_talks_instructions.sh [N]   needs valgrind, a C compiler and libxml2-dev
set -euo pipefail
cd "$(dirname "$0")/.."
count="${1:-500}"
shared="../shared"
[ -f "$shared/tools/gen_corpus.py" ] || { echo "bench_talks_instructions: needs $shared/tools/gen_corpus.py beside the project" >&2; exit 2; }
command -v valgrind >/dev/null || { echo "bench_talks_instructions: needs valgrind (apt-get install valgrind)" >&2; exit 2; }
work="$(mktemp -d)"
[ -n "${KEEP:-}" ] || trap 'rm -rf "$work"' EXIT

# GAZETTE_BIN: an already built release binary to count instead of building one.
if [ -z "${GAZETTE_BIN:-}" ]; then
    swift build -c release --product gazette >/dev/null
    GAZETTE_BIN="$(swift build -c release --show-bin-path)/gazette"
fi
# Valgrind gives up on the release binary's DWARF ("possibly corrupted debuginfo"); a copy without it counts the same code.
objcopy --strip-debug "$GAZETTE_BIN" "$work/gazette"
gazette="$work/gazette"
python3 "$shared/tools/gen_corpus.py" "$work/corpus" --recaps "$count" --subscribers 1 >/dev/null
find "$work/corpus/recaps" -type f | sort > "$work/files.txt"

cat > "$work/floor.c" <<'C'
#include <libxml/HTMLparser.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
/* Reads the files named on stdin, one per line, and parses each as HTML (argv[1] times over): the least
   any extractor must do. */
int main(int argc, char **argv) {
    char path[4096];
    long nodes = 0;
    int passes = argc > 1 ? atoi(argv[1]) : 1;
    char **names = NULL;
    size_t count = 0;
    while (fgets(path, sizeof path, stdin)) {
        path[strcspn(path, "\n")] = 0;
        names = realloc(names, (count + 1) * sizeof *names);
        names[count++] = strdup(path);
    }
    for (int pass = 0; pass < passes; pass++) for (size_t i = 0; i < count; i++) {
        strcpy(path, names[i]);
        path[strcspn(path, "\n")] = 0;
        FILE *file = fopen(path, "rb");
        if (!file) { perror(path); return 1; }
        fseek(file, 0, SEEK_END);
        long size = ftell(file);
        rewind(file);
        char *bytes = malloc(size + 1);
        if (fread(bytes, 1, size, file) != (size_t)size) { perror(path); return 1; }
        fclose(file);
        htmlDocPtr doc = htmlReadMemory(bytes, (int)size, path, "UTF-8",
                                        HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING | HTML_PARSE_NONET | HTML_PARSE_COMPACT);
        if (doc) { nodes += xmlDocGetRootElement(doc) != NULL; xmlFreeDoc(doc); }
        free(bytes);
    }
    printf("%ld documents\n", nodes);
    return 0;
}
C
cc -O2 $(pkg-config --cflags libxml-2.0) -o "$work/floor" "$work/floor.c" $(pkg-config --libs libxml-2.0)

instructions() {  # the total "Ir" callgrind prints in its summary line
    grep -E "Collected : [0-9]+" "$1" | sed -E 's/.*Collected : ([0-9]+).*/\1/'
}
valgrind --tool=callgrind --callgrind-out-file="$work/floor.out" "$work/floor" < "$work/files.txt" > /dev/null 2> "$work/floor.log"
valgrind --tool=callgrind --callgrind-out-file="$work/gazette.out" --trace-children=no \
    "$gazette" talks --format json "$work/corpus/recaps" > "$work/talks.json" 2> "$work/gazette.log" || true
floor=$(instructions "$work/floor.log")
ours=$(instructions "$work/gazette.log" || true)
if [ -n "$ours" ]; then
python3 - "$count" "$floor" "$ours" <<'PY'
import sys
count, floor, ours = int(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3])
print(f"{count} generated recaps, callgrind instruction counts")
print(f"  libxml2 htmlReadMemory floor: {floor / 1e9:.3f} G ({floor / count / 1e6:.2f} M per recap)")
print(f"  gazette talks --format json:  {ours / 1e9:.3f} G ({ours / count / 1e6:.2f} M per recap)")
print(f"  ratio {ours / floor:.1f}× (target ≤ 10×)")
PY
else
echo "valgrind could not run gazette here ($(grep -m1 -E 'INTERNAL ERROR|impossible' "$work/gazette.log" || echo 'see its log')); comparing CPU seconds instead"
python3 - "$count" "$work" "$gazette" <<'PY'
import resource, subprocess, sys
count, work, gazette = int(sys.argv[1]), sys.argv[2], sys.argv[3]
def cpu(command, stdin=None):
    best = None
    for _ in range(3):
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        with open(stdin or "/dev/null") as source:
            subprocess.run(command, stdin=source, stdout=subprocess.DEVNULL, check=True)
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        seconds = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
        best = seconds if best is None else min(best, seconds)
    return best
passes = 20
floor = cpu([f"{work}/floor", str(passes)], stdin=f"{work}/files.txt") / passes
ours = cpu([gazette, "talks", "--format", "json", f"{work}/corpus/recaps"])
print(f"{count} generated recaps, CPU seconds (user + system, least of 3 runs)")
print(f"  libxml2 htmlReadMemory floor: {floor:.3f} s ({1e6 * floor / count:.0f} µs per recap)")
print(f"  gazette talks --format json:  {ours:.3f} s ({1e6 * ours / count:.0f} µs per recap)")
print(f"  ratio {ours / floor:.1f}× (target ≤ 10×)")
PY
fi
[ -s "$work/talks.json" ] || "$gazette" talks --format json "$work/corpus/recaps" > "$work/talks.json"
python3 "$shared/tools/score_talks.py" "$work/corpus/gold.json" "$work/talks.json" | tail -n 1
