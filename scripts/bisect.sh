#!/bin/bash
# bisect.sh TREE OBJ: build the kernel at every commit of TREE between tag
# "base" and HEAD, in a git worktree of its own (build/bisect) so the working
# tree is left alone.  Prints "BISECT-OK n/N subject" or "BISECT-FAIL ...".
# A commit id names its whole tree, so the ids that built once are kept in
# OBJ.ok and not built again.
set -uo pipefail
tree=$(realpath "$1") obj=$2
wt=$(dirname "$tree")/bisect
git -C "$tree" worktree prune
[ -d "$wt" ] || git -C "$tree" worktree add -q --detach "$wt" base
touch "$obj.ok"
commits=$(git -C "$tree" rev-list --reverse base..HEAD)
n=$(echo "$commits" | grep -c .)
i=0
for c in $commits; do
	i=$((i + 1))
	subj=$(git -C "$tree" log -1 --format=%s "$c")
	if grep -qx "$c" "$obj.ok"; then
		echo "BISECT-OK $i/$n $subj (built before)"
		continue
	fi
	git -C "$wt" checkout -q --detach "$c"
	if scripts/kbuild.sh "$wt" "$obj" configs/guest.config > "$obj.log" 2>&1; then
		echo "$c" >> "$obj.ok"
		echo "BISECT-OK $i/$n $subj"
	else
		tail -n 20 "$obj.log"
		echo "BISECT-FAIL $i/$n $subj"
	fi
done
