#!/usr/bin/env bash
# Times a full build and a one-article incremental rebuild of a generated archive (default 10,000 articles), with the
# release build of the CLI, each in a fresh process as CI runs it; then the same one-article rebuild inside
# `briefings serve` (warm process, cache in memory). Prints the numbers the README quotes. Not a test: run by hand.
#   tests/bench/incremental-rebuild.sh [ARTICLES]
set -euo pipefail
repo="$(cd "$(dirname "$0")/../.." && pwd)"
count="${1:-10000}"
work="$(mktemp -d)"
serve_pid=""
cleanup() {
  if [ -n "$serve_pid" ]; then kill "$serve_pid" 2>/dev/null || true; fi
  rm -rf "$work"
}
trap cleanup EXIT

dotnet build "$repo/src/Briefings.Cli" -c Release -v quiet -nologo >/dev/null
cli="$repo/src/Briefings.Cli/bin/Release/net10.0/Briefings.Cli"

# A synthetic archive: the repository's knowledge base and site settings, articles of 6-14 paragraphs that name
# leaders from the knowledge base and topic words, so annotation and related articles have real work to do.
mkdir -p "$work/input/articles"
cp -r "$repo/input/data" "$repo/input/site.yml" "$work/input/"
awk -v n="$count" -v dir="$work/input/articles" 'BEGIN {
  srand(7)
  split("sanctions energy security alliance summit trade tariffs border talks ceasefire nuclear missile economy growth election parliament minister diplomacy pipeline gas oil grain ports navy exercises treaty", w, " ")
  split("Vladimir Putin|Xi Jinping|Donald Trump|Emmanuel Macron|Olaf Scholz|Narendra Modi", who, "|")
  for (i = 0; i < n; i++) {
    file = sprintf("%s/%05d_generated.txt", dir, i)
    title = sprintf("Briefing %d:", i)
    for (k = 0; k < 5; k++) { x = w[int(rand() * 26) + 1]; title = title " " toupper(substr(x, 1, 1)) substr(x, 2) }
    print title > file
    paragraphs = 6 + int(rand() * 9)
    for (p = 0; p < paragraphs; p++) {
      text = ""
      sentences = 3 + int(rand() * 4)
      for (s = 0; s < sentences; s++) {
        sentence = rand() < 0.3 ? who[int(rand() * 6) + 1] " said" : "The"
        words = 8 + int(rand() * 13)
        for (k = 0; k < words; k++) sentence = sentence " " w[int(rand() * 26) + 1]
        text = text sentence ". "
      }
      print "" > file
      print text > file
    }
    close(file)
  }
}'

cd "$work"
load="$(cut -d' ' -f1 /proc/loadavg)"
theme="--theme $repo/themes/default"
seconds() { local start end; start=$(date +%s%N); "$@" >/dev/null 2>&1; end=$(date +%s%N); echo $(( (end - start) / 1000000 )); }

full=$(seconds "$cli" build $theme --no-cache)
warmup=$(seconds "$cli" build $theme)
edited="input/articles/$(printf '%05d' $((count / 2)))_generated.txt"
echo "One more sentence for the benchmark." >> "$edited"
incremental=$(seconds "$cli" build $theme)
"$cli" build $theme | tail -1

# The same edit inside `briefings serve`: the number a maintainer previewing an archive of this size sees.
"$cli" serve $theme --port 0 > serve.log 2>&1 &
serve_pid=$!
for _ in $(seq 1 600); do grep -q "^serving" serve.log && break; sleep 0.1; done
echo "And another one." >> "$edited"
for _ in $(seq 1 100); do [ "$(grep -c "built" serve.log)" -ge 2 ] && break; sleep 0.1; done
served=$(grep "built" serve.log | tail -1 | sed -E 's/.* in ([0-9]+) ms$/\1/')

echo "archive: $count articles on $(nproc) cores (load average before: $load)"
echo "full build from scratch (fresh process):            $full ms"
echo "cache warm-up build, nothing changed (fresh process): $warmup ms"
echo "one-article incremental rebuild (fresh process):     $incremental ms"
echo "one-article incremental rebuild (inside serve):      $served ms"
