#!/bin/bash
# bisect.sh TREE OBJ GUEST: check every commit of TREE between tag "base" and
# HEAD, in a git worktree of its own (build/bisect) so the working tree is
# left alone.  At each commit:
#
#   build   the guest kernel builds;
#   sparse  "make C=2 fs/aio.o" says nothing (it is silent at the base);
#   b6      a guest of that kernel survives the POLLFREE reproducer (B6 of
#           the known upstream bugs: a signalfd's wait queue freed under a
#           poll), run from GUEST/root/tests/aio_poll_races, with no splat;
#           it SKIPs before IOCB_CMD_POLL exists.  Every commit must be safe
#           to run, not only to build.
#
# Prints "BISECT-<CHECK>-OK n/N subject" or "BISECT-<CHECK>-FAIL ...", one
# line per check.  A commit id names its whole tree, so the ids that passed
# every check once are kept in OBJ.ok and not checked again.
set -uo pipefail
tree=$(realpath "$1") obj=$2 guest=$3
wt=$(dirname "$tree")/bisect
races=$guest/root/tests/aio_poll_races
[ -x "$races" ] || { echo "bisect: $races missing (make userspace)" >&2; exit 1; }
git -C "$tree" worktree prune
[ -d "$wt" ] || git -C "$tree" worktree add -q --detach "$wt" base
touch "$obj.ok"
run=$(mktemp -d)
trap 'rm -rf "$run" "$run.cpio.gz"' EXIT
# The B6 guest: the suite's runner, with one "program" that runs only B6.
mkdir -p "$run/tests"
cp guest/run-tests.sh "$run/run.sh"
echo b6 > "$run/tests/list"
printf '#!/bin/sh\nexec /tests/aio_poll_races -t b6_signalfd_pollfree -t b6_signalfd_pollfree_multishot\n' \
	> "$run/tests/b6"
chmod +x "$run/tests/b6"
scripts/initramfs.sh "$run.cpio.gz" "$guest/root" "$run"

commits=$(git -C "$tree" rev-list --reverse base..HEAD)
n=$(echo "$commits" | grep -c .)
i=0
for c in $commits; do
	i=$((i + 1))
	subj=$(git -C "$tree" log -1 --format=%s "$c")
	if grep -qx "$c" "$obj.ok"; then
		for check in BUILD SPARSE B6; do
			echo "BISECT-$check-OK $i/$n $subj (checked before)"
		done
		continue
	fi
	git -C "$wt" checkout -q --detach "$c"
	if ! scripts/kbuild.sh "$wt" "$obj" configs/guest.config > "$obj.log" 2>&1; then
		tail -n 20 "$obj.log"
		echo "BISECT-BUILD-FAIL $i/$n $subj"
		continue
	fi
	echo "BISECT-BUILD-OK $i/$n $subj"
	ok=1

	make -s -C "$wt" O="$(realpath "$obj")" ARCH=x86_64 C=2 CHECK=sparse \
		fs/aio.o > "$obj.sparse" 2>&1
	if grep -q 'aio\.c:[0-9]*:[0-9]*: \(warning\|error\)' "$obj.sparse"; then
		cat "$obj.sparse"
		echo "BISECT-SPARSE-FAIL $i/$n $subj"
		ok=0
	else
		echo "BISECT-SPARSE-OK $i/$n $subj"
	fi

	APPEND="AIO_POLL_ITERATIONS=${B6_ITERATIONS:-2000}" TIMEOUT=600 \
		scripts/boot.sh "$obj/arch/x86/boot/bzImage" "$run.cpio.gz" \
		"$obj.b6.log" > /dev/null
	result=$(awk -v label=b6 -f scripts/tap.awk "$obj.b6.log")
	if echo "$result" | grep -q ' 0 failed'; then
		echo "BISECT-B6-OK $i/$n $subj"
	else
		echo "$result"
		echo "BISECT-B6-FAIL $i/$n $subj"
		ok=0
	fi
	[ $ok = 1 ] && echo "$c" >> "$obj.ok"
done
