#!/bin/sh
# /run.sh of a benchmark guest: every line of /bench/plan is a set of
# aio_poll_bench arguments; each result comes out as a "BENCH," CSV line.
while read -r args; do
	[ -n "$args" ] || continue
	out=$(/tests/aio_poll_bench $args 2>&1) || out="error: $out"
	echo "BENCH,$out"
done < /bench/plan
