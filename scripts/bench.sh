#!/bin/bash
# bench.sh: run aio_poll_bench in guests of the patched and the reference
# kernels, the same binary and plan in each, and write out/bench/:
# results.csv, phases.csv (where a fan-in event's time goes), results.md
# (the tables, the headline ratios, the notification overheads and how well
# the figures repeat those of the previous run, kept as previous.csv),
# fanin.png and overhead.png (each method's cost above the floor, which
# does the same writes and reads with no notification).  The main pass runs
# on one CPU under -icount (guest time counts instructions: figures repeat
# to 4-5 digits); a second pass, -smp 2 and wall-clock, times ping-pong
# between CPUs, three times over.
set -euo pipefail
top=$(cd "$(dirname "$0")/.." && pwd)
cd "$top"
out=out/bench
guest=build/guest
mkdir -p "$out"
run=$(mktemp -d)
trap 'rm -rf "$run" "$run.cpio.gz"' EXIT
mkdir -p "$run/bench"
cp guest/run-bench.sh "$run/run.sh"

plan() {	# the icount plan: one line of arguments per measurement
	local n k m ops
	for n in 64 256 1024 8192; do
		for k in 1 16 256; do
			[ "$k" -le "$n" ] || continue
			# every fd fires at least twice: a steady state
			ops=$((k * 300)); [ $ops -lt $((2 * n)) ] && ops=$((2 * n))
			[ $ops -lt 5000 ] && ops=5000
			[ $ops -gt 20000 ] && ops=20000
			for m in none poll epoll-lt epoll-et epoll-oneshot aio \
				 aio-ring aio-multishot uring uring-multishot; do
				echo "-d fanin -m $m -n $n -k $k -o $ops"
			done
		done
	done
	for n in 0 1; do
		for m in none poll epoll aio aio-multishot uring; do
			echo "-d pingpong -m $m -n $n -o 20000"
		done
	done
	for n in 1 1000 10000; do
		echo "-d cancel -m aio -n $n -o 5000"
		echo "-d cancel -m uring -n $n -o 5000"
	done
	for m in none aio aio-fsync; do
		echo "-d rw -m $m -o 30000"
	done
	echo "-d resfd -m aio-resfd-ctx -n 256 -k 16 -o 4800"
	echo "-d resfd -m aio-resfd-each -n 256 -k 16 -o 4800"
	for m in epoll-lt aio aio-multishot; do
		echo "-d phases -m $m -n 256 -k 16 -o 20000"
	done
}

pass() {	# pass NAME [LOGTAG]: run $run/bench/plan on both kernels
	local k label log rc=0
	scripts/initramfs.sh "$run.cpio.gz" "$guest/root" "$run"
	for k in bzImage bzImage-reference; do
		label=$([ $k = bzImage ] && echo ours || echo upstream)
		log=$out/$1${2:+-$2}-$k.log
		echo "  BOOT    out/$k (bench, $1${2:+ $2})" >&2
		scripts/boot.sh "out/$k" "$run.cpio.gz" "$log" > /dev/null ||
			{ rc=$?; echo "bench: out/$k exited $rc: $log" >&2; }
		grep -a '^BENCH,' "$log" | sed "s/^BENCH,/$1,$label,/" || true
	done
	return $rc
}

# The last run's figures stay, to show how well this run repeats them.
[ -f "$out/results.csv" ] && mv "$out/results.csv" "$out/previous.csv"
echo "pass,kernel,design,method,n,k,ops,seconds,ops_per_sec,ctxsw_per_op" \
	> "$out/results.csv"
plan > "$run/bench/plan"
ICOUNT=1 pass icount > "$run/icount.csv"
grep -v ',phases,' "$run/icount.csv" >> "$out/results.csv"
{
	echo "pass,kernel,design,method,n,k,ops,seconds,ops_per_sec,ctxsw_per_op,ns_write,ns_reap,ns_drain,ns_rearm"
	grep ',phases,.*,[0-9.]*$' "$run/icount.csv"
} > "$out/phases.csv"
for n in 0 1; do
	for m in none poll epoll aio aio-multishot uring; do
		echo "-d pingpong -m $m -n $n -o 20000"
	done
done > "$run/bench/plan"
# Wall-clock on a shared host drifts: alternate the kernels, three boots
# each, and let the report take the median; a boot that fails costs only
# its own figures.
for rep in 1 2 3; do
	SMP=2 TIMEOUT=180 pass smp2 "$rep" >> "$run/smp2.csv" || true
done
grep ',error' "$run/smp2.csv" | sed 's/^/bench: lost: /' >&2 || true
grep -v ',error' "$run/smp2.csv" >> "$out/results.csv" || true
if grep -q ',error' "$out/results.csv"; then
	grep ',error' "$out/results.csv" >&2
	exit 1
fi
python3 scripts/bench-report.py "$out/results.csv" "$out/phases.csv" "$out" \
	$([ -f "$out/previous.csv" ] && echo "$out/previous.csv")
gnuplot -e "set terminal pngcairo size 1000,520 font ',10';
	set output '$out/fanin.png'; set style data histograms;
	set style histogram clustered gap 1; set style fill solid 0.8 border -1;
	set ylabel 'events per guest second'; set key top left; set yrange [0:*];
	set title 'fan-in, 256 pipes, 16 ready per round (-icount, one CPU)';
	set datafile separator ','; set xtics rotate by -30;
	plot '$out/fanin.dat' using 2:xtic(1) title 'ours',
	     '' using 3 title 'upstream'" 2>/dev/null || echo "bench: no chart (gnuplot)" >&2
[ -f "$out/overhead.dat" ] && gnuplot -e "set terminal pngcairo size 1000,520 font ',10';
	set output '$out/overhead.png'; set style data histograms;
	set style histogram clustered gap 1; set style fill solid 0.8 border -1;
	set ylabel 'guest ns per event above the floor'; set key top left;
	set title 'notification overhead, fan-in, 256 pipes, 16 ready per round (-icount, one CPU)';
	set datafile separator ','; set xtics rotate by -30; set yrange [0:*];
	plot '$out/overhead.dat' using 2:xtic(1) title 'ours',
	     '' using 3 title 'upstream'" 2>/dev/null || echo "bench: no overhead chart" >&2
sed -n '/^## Headline/,/^## All/p' "$out/results.md" | sed '$d'
