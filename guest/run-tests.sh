#!/bin/sh
# /run.sh of a test guest: every program named in /tests/list, each in a
# session of its own under a timeout (TEST_TIMEOUT seconds, default 600),
# its TAP output on the console between two marker lines.  The end marker
# gives the exit status and the seconds taken.  Processes a program leaves
# behind (test children orphaned by a timeout, say) are reported and killed
# before the next program starts, so they cannot disturb it.  Then checks
# that the suite gave back every aio context (/proc/sys/fs/aio-nr) and every
# struct file (/proc/sys/fs/file-nr, a per-CPU counter read with some
# slack).  On a kernel with kmemleak, reports from before the suite are
# cleared and any new one whose backtrace involves aio fails the run.
limit=${TEST_TIMEOUT:-600}
leaks=/sys/kernel/debug/kmemleak
mount -t debugfs none /sys/kernel/debug 2>/dev/null
[ -w $leaks ] && echo clear > $leaks
aio_nr=$(cat /proc/sys/fs/aio-nr)
read -r files _ < /proc/sys/fs/file-nr

# strays SID: the processes of session SID that are not zombies.  A test
# child of the kselftest harness has a process group of its own, not a
# session: a program's session holds all it ever forked.
strays() {
	cat /proc/[0-9]*/stat 2>/dev/null |
		awk -v s="$1" '$6 == s && $3 != "Z" { print $1 }'
}

for t in $(cat /tests/list); do
	echo "HARNESS-TEST-BEGIN $t"
	start=$(date +%s)
	# busybox timeout execs the program in this process: $! is its pid,
	# and setsid makes that the session of all it forks.
	timeout "$limit" setsid "/tests/$t" 2>&1 &
	pid=$!
	wait $pid
	rc=$?
	left=$(strays $pid)
	if [ -n "$left" ]; then
		echo "HARNESS-STRAY $t: processes left behind, killed: $(echo $left)"
		while [ -n "$left" ]; do
			kill -KILL $left 2>/dev/null
			sleep 1
			left=$(strays $pid)
		done
	fi
	echo "HARNESS-TEST-END $t $rc $(($(date +%s) - start))"
done
now=$(cat /proc/sys/fs/aio-nr)
[ "$now" = "$aio_nr" ] || echo "HARNESS-LEAK aio-nr $aio_nr -> $now"
sleep 1		# delayed fput
read -r now _ < /proc/sys/fs/file-nr
[ $((now - files)) -le 256 ] || echo "HARNESS-LEAK file-nr $files -> $now"
if [ -w $leaks ]; then
	echo scan > $leaks
	sleep 6		# objects must be older than the scan period
	echo scan > $leaks
	if grep -qE 'aio|io_submit|io_setup|io_cancel' $leaks; then
		echo "HARNESS-KMEMLEAK"
		cat $leaks
	fi
fi
exit 0
