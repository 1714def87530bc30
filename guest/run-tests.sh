#!/bin/sh
# /run.sh of a test guest: every program named in /tests/list, each under a
# timeout, its TAP output on the console between two marker lines.  Also
# checks that the suite gave back every aio context (/proc/sys/fs/aio-nr).
limit=${TEST_TIMEOUT:-600}
aio_nr=$(cat /proc/sys/fs/aio-nr)
for t in $(cat /tests/list); do
	echo "HARNESS-TEST-BEGIN $t"
	timeout "$limit" "/tests/$t" 2>&1
	echo "HARNESS-TEST-END $t $?"
done
now=$(cat /proc/sys/fs/aio-nr)
[ "$now" = "$aio_nr" ] || echo "HARNESS-LEAK aio-nr $aio_nr -> $now"
if [ -w /sys/kernel/debug/kmemleak ] || mount -t debugfs none /sys/kernel/debug 2>/dev/null; then
	if [ -w /sys/kernel/debug/kmemleak ]; then
		echo scan > /sys/kernel/debug/kmemleak
		sleep 6
		echo scan > /sys/kernel/debug/kmemleak
		grep -q . /sys/kernel/debug/kmemleak && {
			echo "HARNESS-KMEMLEAK"
			cat /sys/kernel/debug/kmemleak
		}
	fi
fi
exit 0
