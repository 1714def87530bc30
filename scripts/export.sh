#!/bin/bash
# export.sh TREE: write the commits of TREE between tag "base" and HEAD into
# patches/ as a byte-stable series (no commit hashes, no version signature,
# dates taken from the commits) and rewrite patches/series.  The cover letter
# keeps the subject and text of the existing patches/0000-cover-letter.patch;
# only its patch count, shortlog and diffstat are regenerated.  The version
# in the cover letter's subject ("[PATCH v2 0/N]") goes to every patch.
set -euo pipefail
top=$(cd "$(dirname "$0")/.." && pwd)
tree=$(realpath "$1")
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cover=$top/patches/0000-cover-letter.patch

git -C "$tree" format-patch -q --zero-commit --no-signature --abbrev=12 \
	--no-numbered --cover-letter --base=base -o "$tmp" base..HEAD
n=$(ls "$tmp" | grep -vc '^0000-')
ver=$(sed -n 's/^Subject: \[PATCH \(v[0-9]*\) .*/ \1/p' "$cover" 2>/dev/null || true)
# Number the subjects ourselves so a one-patch series reads the same.
for f in "$tmp"/0*.patch; do
	i=$((10#$(basename "$f" | cut -c1-4)))
	sed -i "0,/^Subject: \[PATCH\]/s//Subject: [PATCH$ver $i\/$n]/" "$f"
done
# A blank context line goes out as an empty line, not as one space: git am
# and patch(1) read both the same, and checkpatch run from a directory whose
# git repository tracks the patches (which makes it read them as source
# files) then has no "trailing whitespace" to report.
sed -i '/^@@/,${s/^ $//}' "$tmp"/0*.patch
new=$tmp/0000-cover-letter.patch
# The cover letter's date is "now": take the date of HEAD instead.
date=$(git -C "$tree" log -1 --format=%aD HEAD)
sed -i "0,/^Date: .*/s//Date: $date/" "$new"
if [ -f "$cover" ]; then
	python3 - "$cover" "$new" <<'PY'
import re, sys
old, new = (open(p).read() for p in sys.argv[1:])
def parts(text):
    head, body = text.split("\n\n", 1)
    subj = re.search(r"^Subject: \[PATCH (?:v[0-9]+ )?[0-9]+/[0-9]+\] (.*)$",
                     head, re.M)
    # The blurb ends where git's shortlog starts: "Name (N):".
    m = re.search(r"^\S.* \([0-9]+\):$", body, re.M)
    return head, subj, body[:m.start()], body[m.start():]
ohead, osubj, oblurb, _ = parts(old)
nhead, nsubj, _, ntail = parts(new)
nhead = nhead.replace(nsubj.group(1), osubj.group(1))
open(sys.argv[2], "w").write(nhead + "\n\n" + oblurb + ntail)
PY
fi
rm -f "$top"/patches/[0-9]*.patch
cp "$tmp"/*.patch "$top/patches/"
ls "$tmp" | grep -v '^0000-' > "$top/patches/series"
echo "  EXPORT  $n patches -> patches/"
