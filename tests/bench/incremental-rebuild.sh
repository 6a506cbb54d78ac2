#!/usr/bin/env bash
# Times a full build and a one-article incremental rebuild of a generated archive (default 10,000 raw articles from
# the benchmark generator), with the Release CLI: each as a fresh process, as CI runs it, and inside `briefings serve`
# (warm process, cache in memory), where the search index follows in the background. Prints the numbers the README
# quotes. Not a test: run by hand.
#   tests/bench/incremental-rebuild.sh [ARTICLES] [RUNS]
set -euo pipefail
repo="$(cd "$(dirname "$0")/../.." && pwd)"
count="${1:-10000}"
runs="${2:-3}"
work="$(mktemp -d)"
serve_pid=""
cleanup() {
  if [ -n "$serve_pid" ]; then kill "$serve_pid" 2>/dev/null || true; wait "$serve_pid" 2>/dev/null || true; fi
  rm -rf "$work"
}
trap cleanup EXIT

dotnet build "$repo/src/Briefings.Cli" -c Release -v quiet -nologo >/dev/null
dotnet build "$repo/tests/Briefings.Benchmarks" -c Release -v quiet -nologo >/dev/null
cli="$repo/src/Briefings.Cli/bin/Release/net10.0/Briefings.Cli"
dotnet "$repo/tests/Briefings.Benchmarks/bin/Release/net10.0/Briefings.Benchmarks.dll" generate "$count" "$work/input" --raw >/dev/null

cd "$work"
load="$(cut -d' ' -f1 /proc/loadavg)"
theme=(--theme "$repo/themes/default")
ms() { local start end; start=$(date +%s%N); "$@" >/dev/null 2>&1; end=$(date +%s%N); echo $(( (end - start) / 1000000 )); }
median() { tr ' ' '\n' | sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }
edited="input/articles/$(ls input/articles | sed -n "$((count / 2))p")"
# The edit goes into the article's longest paragraph: text appended at the end of a file can land after the page's
# comment thread, which the cleaner drops, and then nothing would change at all.
edit() {
  local line
  line=$(awk '{ if (length($0) > max) { max = length($0); n = NR } } END { print n }' "$edited")
  sed -i "${line}s/\$/ One more sentence for the benchmark, number $1./" "$edited"
}

full=$(ms "$cli" build "${theme[@]}" --no-cache)
warm=$(ms "$cli" build "${theme[@]}")
fresh=()
for run in $(seq 1 "$runs"); do
  edit "a$run"; fresh+=("$(ms "$cli" build "${theme[@]}")")
done
# The same without the search index (Pagefind re-reads the whole site whatever changed): the site alone.
nosearch=()
for run in $(seq 1 "$runs"); do
  edit "b$run"; nosearch+=("$(ms "$cli" build "${theme[@]}" --no-search)")
done

# The same edit inside `briefings serve`: what a maintainer previewing an archive of this size waits for.
"$cli" serve "${theme[@]}" --port 0 > serve.log 2>&1 &
serve_pid=$!
for _ in $(seq 1 1200); do grep -q "^serving" serve.log && break; sleep 0.1; done
# serve indexes the new site for search in the background after its first build; on 2 cores that would run beside the
# edits below. Start editing once it is done, as a maintainer does who starts serve and then opens a file.
for _ in $(seq 1 1200); do grep -q "search index updated" serve.log && break; sleep 0.1; done
initial_index=$(grep -c "search index updated" serve.log || true)
served=()
for run in $(seq 1 "$runs"); do
  builds=$(grep -c " built " serve.log || true)
  edit "c$run"
  for _ in $(seq 1 300); do [ "$(grep -c " built " serve.log || true)" -gt "$builds" ] && break; sleep 0.1; done
  served+=("$(grep " built " serve.log | tail -1 | sed -E 's/.* in ([0-9]+) ms$/\1/')")
  sleep 1
done
for _ in $(seq 1 1200); do [ "$(grep -c "search index updated" serve.log || true)" -gt "$initial_index" ] && break; sleep 0.1; done
indexed=$(grep "search index updated" serve.log | tail -1 | sed -E 's/.* in ([0-9]+) ms$/\1/')

echo "archive: $count raw articles on $(nproc) cores (load average before: $load); medians of $runs runs"
echo "full build from scratch, search included (fresh process):    $full ms"
echo "cache warm-up build, nothing changed (fresh process):        $warm ms"
echo "one-article rebuild, search re-indexed (fresh process):      $(echo "${fresh[*]}" | median) ms (${fresh[*]})"
echo "one-article rebuild, no search index (fresh process):        $(echo "${nosearch[*]}" | median) ms (${nosearch[*]})"
echo "one-article rebuild inside serve, page served:               $(echo "${served[*]}" | median) ms (${served[*]})"
echo "  then the search index, in the background:                  ${indexed:-?} ms"
