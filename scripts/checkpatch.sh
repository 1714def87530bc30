#!/bin/bash
# checkpatch.sh PATCH...: checkpatch --strict; fails on any error, warning
# or check.  Run from the kernel tree: from inside this project's git
# repository checkpatch would look at git's diff of a tracked patch file
# instead of the patch.
set -uo pipefail
files=()
for f in "$@"; do files+=("$(realpath "$f")"); done
cd build/linux || exit 1
# spdxcheck.py wants the python3 that apt installed python3-ply for.
# FILE_PATH_CHANGES asks whether MAINTAINERS needs updating for every patch
# that adds a file, whatever MAINTAINERS already covers: the series' entry,
# added with the first tests, names the whole selftests directory, which
# later patches add to.
out=$(PATH=/usr/bin:$PATH ./scripts/checkpatch.pl --strict --terse \
	--no-summary --show-types --ignore FILE_PATH_CHANGES "${files[@]}" 2>&1)
[ -z "$out" ] && exit 0
echo "$out"
exit 1
