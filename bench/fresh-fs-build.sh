#!/usr/bin/env bash
# Times one build of a generated archive (the benchmark project's `profile`, raw input, no search) with the output
# on a brand-new ext4 file system: a file on this machine's disk, formatted and loop-mounted for the run, then removed.
# A disk that has held many earlier outputs is slower to create files on (ext4 scans recently freed inodes), so this
# is what a fresh CI machine sees. The loop device reads and writes its backing file with direct I/O: otherwise every
# page written is copied a second time, by a kernel thread, into the page cache of the file beneath (a real disk has
# no such layer; at 100,000 articles that copy took 5 % of both cores). Needs root (losetup, mount). Not a test: run
# by hand.
#   sudo bench/fresh-fs-build.sh [ARTICLES=100000] [SIZE=12G]
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
count="${1:-100000}"
size="${2:-12G}"
work="${WORK:-/tmp/briefings-bench}"
input="$work/$count-raw"
image="$(mktemp /tmp/briefings-fs.XXXXXX)"
mount_point="$(mktemp -d)"
device=""
cleanup() {
  mountpoint -q "$mount_point" && umount "$mount_point"
  [ -n "$device" ] && losetup -d "$device"
  rm -rf "$image" "$mount_point"
}
trap cleanup EXIT

dotnet build "$repo/tests/Briefings.Benchmarks" -c Release -v quiet -nologo >/dev/null
bench="$repo/tests/Briefings.Benchmarks/bin/Release/net10.0/Briefings.Benchmarks.dll"
[ -d "$input" ] || dotnet "$bench" generate "$count" "$input" --seed 1 --data "$repo/input" --raw >/dev/null
truncate -s "$size" "$image"
mkfs.ext4 -q -F "$image"
device="$(losetup --direct-io=on --find --show "$image")"
mount "$device" "$mount_point"
/usr/bin/time -f "%e s wall, %U s user, %S s system, %M KB peak" dotnet "$bench" profile "$input" --no-search --output "$mount_point/out"
