#!/usr/bin/env bash
# Full-build comparison of Briefings and Hugo on the same synthetic archive, in one run, interleaved.
#
#   bench/compare-hugo.sh [N=10000] [RUNS=3]
#
# Environment:
#   WORK    scratch folder (default /tmp/briefings-bench); the archives are generated once per N and kept
#   DATA    input folder whose data/ (leaders, topics) the generator copies (default: the repo's input/)
#   INPUT   raw (default) or md: what Briefings builds from. raw is the real pipeline (clean + annotate + render);
#           md gives Briefings the same cleaned Markdown with front matter that Hugo reads.
#   SEED    generator seed (default 1)
#   SEARCH  0 (default) or 1. Hugo builds no search index, so by default Briefings is run with --no-search for a
#           like-for-like comparison; SEARCH=1 adds Briefings' Pagefind step to its time and memory.
#
# Hugo always gets the cleaned Markdown (title, date, leaders, topics in front matter) and bench/hugo-site/:
# taxonomies topics + leaders, related content, an RSS feed per term, a monthly timeline page, prev/next links.
# Each run starts from an empty output folder. Wall time and peak memory (max RSS) come from /usr/bin/time -v.
set -euo pipefail

N=${1:-10000}
RUNS=${2:-3}
ROOT=$(cd "$(dirname "$0")/.." && pwd)
WORK=${WORK:-/tmp/briefings-bench}
DATA=${DATA:-$ROOT/input}
INPUT=${INPUT:-raw}
SEED=${SEED:-1}
SEARCH=${SEARCH:-0}
SEARCH_FLAG=()
[ "$SEARCH" = 1 ] || SEARCH_FLAG=(--no-search)

command -v hugo >/dev/null || { echo "hugo not found: apt-get install -y hugo" >&2; exit 2; }
[ -x /usr/bin/time ] || { echo "/usr/bin/time not found: apt-get install -y time" >&2; exit 2; }

echo "== building Release" >&2
dotnet build -c Release "$ROOT/src/Briefings.Cli" -v q -nologo >&2
dotnet build -c Release "$ROOT/tests/Briefings.Benchmarks" -v q -nologo >&2
CLI="$ROOT/src/Briefings.Cli/bin/Release/net10.0/Briefings.Cli.dll"
GEN="$ROOT/tests/Briefings.Benchmarks/bin/Release/net10.0/Briefings.Benchmarks.dll"

DIR="$WORK/$N-seed$SEED"
mkdir -p "$DIR"
generate() { # generate KIND FOLDER [--raw]
    if [ ! -f "$2/.complete" ]; then
        echo "== generating $N $1 articles" >&2
        dotnet "$GEN" generate "$N" "$2" --seed "$SEED" --data "$DATA" "${@:3}" >&2
        touch "$2/.complete"
    fi
}
generate markdown "$DIR/md"
[ "$INPUT" = raw ] && generate raw "$DIR/raw" --raw
BRIEFINGS_INPUT="$DIR/$INPUT"

HUGO="$DIR/hugo"
rm -rf "$HUGO"
cp -r "$ROOT/bench/hugo-site" "$HUGO"
cp -r "$DIR/md/articles" "$HUGO/content/articles"

# measure NAME COMMAND...: one build, appends "NAME seconds maxrss_kb" to $RESULTS
RESULTS="$DIR/results.txt"
: > "$RESULTS"
measure() {
    local name=$1; shift
    local log="$DIR/$name.time"
    /usr/bin/time -v "$@" > "$DIR/$name.out" 2> "$log" || { echo "$name failed; see $log" >&2; tail -5 "$log" >&2; exit 1; }
    local wall rss
    wall=$(awk -F': ' '/Elapsed \(wall clock\)/ { n = split($2, p, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + p[i]; print s }' "$log")
    rss=$(awk -F': ' '/Maximum resident set size/ { print $2 }' "$log")
    echo "$name $wall $rss" >> "$RESULTS"
    printf '  %-9s %8.2f s %8.0f MB\n' "$name" "$wall" "$((rss / 1024))" >&2
}
run_briefings() {
    rm -rf "$DIR/out"
    measure briefings dotnet "$CLI" build --input "$BRIEFINGS_INPUT" --output "$DIR/out" --theme "$ROOT/themes/default" "${SEARCH_FLAG[@]}"
}
run_hugo() {
    rm -rf "$HUGO/public" "$HUGO/resources"
    measure hugo hugo --quiet --source "$HUGO" --destination public
}

echo "== $RUNS interleaved runs, $N articles, Briefings from $INPUT input (search: $SEARCH) ($(nproc) cores, $(hugo version | cut -d' ' -f2))" >&2
for run in $(seq 1 "$RUNS"); do
    echo " run $run" >&2
    if [ $((run % 2)) -eq 1 ]; then run_briefings; run_hugo; else run_hugo; run_briefings; fi
done

awk -v n="$N" -v input="$INPUT" '
    { t[$1] = t[$1] " " $2; m[$1] = ($3 > m[$1] ? $3 : m[$1]) }
    function median(list,   a, k, i, j, x) {
        k = split(list, a, " ")
        for (i = 2; i <= k; i++) { x = a[i]; for (j = i - 1; j >= 1 && a[j] > x; j--) a[j + 1] = a[j]; a[j + 1] = x }
        return k % 2 ? a[(k + 1) / 2] : (a[k / 2] + a[k / 2 + 1]) / 2
    }
    END {
        b = median(t["briefings"]); h = median(t["hugo"])
        printf "articles %d (briefings input: %s)\n", n, input
        printf "briefings median %.2f s (runs:%s), peak %.0f MB\n", b, t["briefings"], m["briefings"] / 1024
        printf "hugo      median %.2f s (runs:%s), peak %.0f MB\n", h, t["hugo"], m["hugo"] / 1024
        printf "ratio briefings/hugo: time %.2f, peak memory %.2f\n", b / h, m["briefings"] / m["hugo"]
    }' "$RESULTS"
