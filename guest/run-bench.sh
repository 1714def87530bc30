#!/bin/sh
# /run.sh of a benchmark guest: every line of /bench/plan is a set of
# aio_poll_bench arguments.  Results are kept in memory and printed as
# "BENCH," CSV lines at the end: console output during the measurements
# would interrupt them at points that differ from run to run.  With more
# than one CPU (the wall-clock pass) each measurement is announced first,
# so that the console names one that never ends.  Nothing else may run
# beside a measurement: even a watchdog that wakes once a second (busybox
# timeout) moves the instruction-counted figures.  A second of idle time
# before each measurement lets the teardown of the previous one finish
# (io_uring's ring exit and RCU callbacks run in kernel threads after the
# process is gone); under -icount the idle second costs no host time.
cpus=$(grep -c '^processor' /proc/cpuinfo)
while read -r args; do
	[ -n "$args" ] || continue
	[ "$cpus" -gt 1 ] && echo "BENCH-START $args"
	sleep 1
	out=$(/tests/aio_poll_bench $args 2>&1) || out="error: $out"
	echo "BENCH,$out" >> /tmp/bench.csv
done < /bench/plan
cat /tmp/bench.csv
