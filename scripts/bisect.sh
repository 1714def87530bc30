#!/bin/bash
# bisect.sh TREE DIR GUEST: check every commit of TREE between tag "base" and
# HEAD, in a git worktree of its own (DIR/linux, built in DIR/obj/guest) so
# the working tree is left alone.  At each commit:
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
# line per check.
#
# DIR is laid out like TREE and its object directory (build/linux and
# build/obj/patched): the compiler cache names a source by its path from
# the object directory, so the first commit's build takes every object the
# patched kernel's build made and this commit does not change.
#
# A check depends on the commit, whose id names its whole tree (the
# series applies with fixed dates, so a fresh clone makes the same ids),
# and on the fragment, the compiler, QEMU, the build and boot scripts and
# the B6 program.  A commit that passed every check with all of those once is
# listed in OKDIR (outside the clone, /var/cache/aio-poll/bisect by
# default; OKDIR= keeps the list in DIR) and not checked again.
set -uo pipefail
top=$(cd "$(dirname "$0")/.." && pwd)
tree=$(realpath "$1") dir=$(realpath -m "$2") guest=$3
wt=$dir/linux obj=$dir/obj/guest
races=$guest/root/tests/aio_poll_races
[ -x "$races" ] || { echo "bisect: $races missing (make userspace)" >&2; exit 1; }
git -C "$tree" worktree prune
mkdir -p "$obj"
[ -d "$wt" ] || git -C "$tree" worktree add -q --detach "$wt" base
key=$({
	gcc --version | head -n 1
	qemu-system-x86_64 --version | head -n 1
	cat "$top/configs/guest.config" "$top/scripts/kbuild.sh" \
		"$top/scripts/bisect.sh" "$top/scripts/boot.sh" \
		"$top/scripts/tap.awk" "$top/scripts/initramfs.sh" \
		"$top/guest/init" "$top/guest/run-tests.sh" "$races"
} | sha256sum | cut -c1-16)
okdir=${OKDIR-/var/cache/aio-poll/bisect}
mkdir -p "${okdir:-$dir}" 2>/dev/null || okdir=
ok_list=${okdir:-$dir}/ok-$key
touch "$ok_list"
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
	if grep -qx "$c" "$ok_list"; then
		for check in BUILD SPARSE B6; do
			echo "BISECT-$check-OK $i/$n $subj (checked before)"
		done
		continue
	fi
	git -C "$wt" checkout -q --detach "$c"
	if ! scripts/kbuild.sh "$wt" "$obj" configs/guest.config > "$dir/build.log" 2>&1; then
		tail -n 20 "$dir/build.log"
		echo "BISECT-BUILD-FAIL $i/$n $subj"
		continue
	fi
	echo "BISECT-BUILD-OK $i/$n $subj"
	ok=1

	make -s -C "$wt" O="$(realpath "$obj")" ARCH=x86_64 C=2 CHECK=sparse \
		fs/aio.o > "$dir/sparse.log" 2>&1
	if grep -q 'aio\.c:[0-9]*:[0-9]*: \(warning\|error\)' "$dir/sparse.log"; then
		cat "$dir/sparse.log"
		echo "BISECT-SPARSE-FAIL $i/$n $subj"
		ok=0
	else
		echo "BISECT-SPARSE-OK $i/$n $subj"
	fi

	APPEND="AIO_POLL_ITERATIONS=${B6_ITERATIONS:-2000}" TIMEOUT=600 \
		scripts/boot.sh "$obj/arch/x86/boot/bzImage" "$run.cpio.gz" \
		"$dir/b6.log" > /dev/null
	result=$(awk -v label=b6 -f scripts/tap.awk "$dir/b6.log")
	if echo "$result" | grep -q ' 0 failed'; then
		echo "BISECT-B6-OK $i/$n $subj"
	else
		echo "$result"
		echo "BISECT-B6-FAIL $i/$n $subj"
		ok=0
	fi
	[ $ok = 1 ] && echo "$c" >> "$ok_list"
done
