#!/bin/bash
# checkpatch.sh PATCH...: checkpatch --strict; fails on any error, warning
# or check.
set -uo pipefail
cp=build/linux/scripts/checkpatch.pl
# spdxcheck.py wants the python3 that apt installed python3-ply for.
export PATH=/usr/bin:$PATH
out=$("$cp" --strict --terse --no-summary --show-types "$@" 2>&1)
[ -z "$out" ] && exit 0
echo "$out"
exit 1
