#!/bin/sh
# /run.sh of a benchmark guest: every line of /bench/plan is a set of
# aio_poll_bench arguments.  Results are kept in memory and printed as
# "BENCH," CSV lines at the end: console output during the measurements
# would interrupt them at points that differ from run to run.  A
# measurement that takes over two minutes is stopped and reported as an
# error.
while read -r args; do
	[ -n "$args" ] || continue
	out=$(timeout 120 /tests/aio_poll_bench $args 2>&1) ||
		out="error ($?): $args: $out"
	echo "BENCH,$out" >> /tmp/bench.csv
done < /bench/plan
cat /tmp/bench.csv
