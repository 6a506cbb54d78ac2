#!/usr/bin/env bash
# Scores the current pipeline on a held-out evaluation set (tests/evalset, or another with --set).
#
#   bench/score-evalset.sh [--set DIR] [--keep DIR] [score.py options, e.g. --verbose]
#
# Builds a throwaway input folder from the set's articles and the repo's input/data (and site.yml), runs
# `briefings ingest` on it and scores output/content against the set's gold.json with the devset scorer
# (../shared/devset/score.py, or $SCORER). Exits with the scorer's status.
set -euo pipefail

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
set_dir="$repo/tests/evalset"
keep=""
while [[ "${1:-}" == "--set" || "${1:-}" == "--keep" ]]; do
  if [[ "$1" == "--set" ]]; then set_dir="$(cd "$2" && pwd)"; else keep="$2"; fi
  shift 2
done

scorer="${SCORER:-}"
if [[ -z "$scorer" ]]; then
  for candidate in "$repo/../shared/devset/score.py" "/work/shared/devset/score.py" "$repo/eval/score.py"; do
    if [[ -f "$candidate" ]]; then scorer="$candidate"; break; fi
  done
fi
if [[ -z "$scorer" || ! -f "$scorer" ]]; then
  echo "score-evalset: scorer missing (looked for ../shared/devset/score.py; set SCORER=/path/to/score.py)" >&2
  exit 2
fi
if ! python3 -c "import yaml" 2>/dev/null; then
  echo "score-evalset: the scorer needs PyYAML (pip install pyyaml)" >&2
  exit 2
fi

python3 "$repo/tests/evalset/tools/check_gold.py" "$set_dir" >/dev/null || {
  echo "score-evalset: gold.json does not match the articles (run tests/evalset/tools/check_gold.py $set_dir)" >&2
  exit 2
}

work="$(mktemp -d "${TMPDIR:-/tmp}/evalset.XXXXXX")"
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/input"
cp -r "$set_dir/articles" "$work/input/articles"
cp -r "$repo/input/data" "$work/input/data"
if [[ -f "$repo/input/site.yml" ]]; then cp "$repo/input/site.yml" "$work/input/site.yml"; fi

echo "ingest: $(ls "$work/input/articles" | wc -l) articles" >&2
dotnet run --project "$repo/src/Briefings.Cli" -- ingest --input "$work/input" --output "$work/output" >&2

if [[ -n "$keep" ]]; then
  rm -rf "$keep"
  mkdir -p "$keep"
  cp -r "$work/output/content" "$keep/"
fi

python3 "$scorer" "$work/output/content" "$set_dir/gold.json" "$@"
