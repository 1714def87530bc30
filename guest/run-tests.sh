#!/bin/sh
# /run.sh of a test guest: every program named in /tests/list, each under a
# timeout, its TAP output on the console between two marker lines.  Then
# checks that the suite gave back every aio context (/proc/sys/fs/aio-nr)
# and every struct file (/proc/sys/fs/file-nr, a per-CPU counter read with
# some slack).  On a kernel with kmemleak, reports from before the suite are
# cleared and any new one whose backtrace involves aio fails the run.
limit=${TEST_TIMEOUT:-600}
leaks=/sys/kernel/debug/kmemleak
mount -t debugfs none /sys/kernel/debug 2>/dev/null
[ -w $leaks ] && echo clear > $leaks
aio_nr=$(cat /proc/sys/fs/aio-nr)
read -r files _ < /proc/sys/fs/file-nr
for t in $(cat /tests/list); do
	echo "HARNESS-TEST-BEGIN $t"
	timeout "$limit" "/tests/$t" 2>&1
	echo "HARNESS-TEST-END $t $?"
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
