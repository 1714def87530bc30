#!/bin/bash
# bench-compare.sh OLD NEW [PLAN]
#
# The aio poll measurements of make bench that a change to fs/aio.c can
# move, run under -icount (one CPU, instruction-counted: figures repeat to
# 4-5 digits) in a guest of each of two kernels, the same binary and plan:
# one-shot, ring-reaped and multishot fan-in over pipes (one wait queue
# each), ping-pong, and buffered read/write through aio.  Prints one line
# per measurement: ops/s on OLD, on NEW, and NEW/OLD.  PLAN replaces the
# built-in plan (one line of aio_poll_bench arguments per measurement).
# Needs make userspace.
set -euo pipefail
top=$(cd "$(dirname "$0")/.." && pwd)
cd "$top"
old=$1 new=$2
guest=build/guest
run=$(mktemp -d)
trap 'rm -rf "$run" "$run.cpio.gz"' EXIT
mkdir -p "$run/bench" out/bench
cp guest/run-bench.sh "$run/run.sh"
if [ -n "${3:-}" ]; then
	cp "$3" "$run/bench/plan"
else
	for nk in "64 1" "256 16" "1024 256"; do
		set -- $nk
		for m in aio aio-ring aio-multishot; do
			echo "-d fanin -m $m -n $1 -k $2 -o 5000"
		done
	done > "$run/bench/plan"
	for n in 0 1; do
		for m in aio aio-multishot; do
			echo "-d pingpong -m $m -n $n -o 20000"
		done
	done >> "$run/bench/plan"
	for m in aio aio-fsync; do
		echo "-d rw -m $m -o 30000"
	done >> "$run/bench/plan"
fi
scripts/initramfs.sh "$run.cpio.gz" "$guest/root" "$run"
for side in old new; do
	k=${!side}
	echo "  BOOT    $k (bench-compare, -icount)" >&2
	ICOUNT=1 scripts/boot.sh "$k" "$run.cpio.gz" \
		"out/bench/compare-$side.log" > /dev/null
	grep -a '^BENCH,' "out/bench/compare-$side.log" | cut -d, -f2- \
		> "$run/$side.csv"
done
echo "old: $old"
echo "new: $new"
printf '%-32s %12s %12s %8s\n' "design method n k" old new new/old
paste -d, "$run/old.csv" "$run/new.csv" |
	awk -F, '{ printf "%-32s %12.1f %12.1f %8.4f\n", $1 " " $2 " " $3 " " $4,
		   $7, $15, $15 / $7 }'
