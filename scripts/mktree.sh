#!/bin/bash
# mktree.sh DEST [--git]
#
# Unpack Debian's linux-source-6.12 tarball fresh into DEST.  With --git, make
# DEST a git repository: one commit of the pristine tree, the patches in base/
# applied as commits and tagged "base", then every patch named in
# patches/series applied with "git am".
set -euo pipefail
top=$(cd "$(dirname "$0")/.." && pwd)
dest=$1
git_mode=${2:-}
tarball=${KSRC_TARBALL:-/usr/src/linux-source-6.12.tar.xz}

[ -r "$tarball" ] || { echo "mktree: $tarball missing (run scripts/deps.sh)" >&2; exit 1; }
rm -rf "$dest" "$dest.tmp"
mkdir -p "$dest.tmp"
echo "  UNPACK  $tarball -> $dest"
tar -C "$dest.tmp" -xf "$tarball"
mv "$dest.tmp"/linux-source-6.12 "$dest"
rmdir "$dest.tmp"

[ "$git_mode" = --git ] || exit 0

cd "$dest"
export GIT_AUTHOR_NAME="aio-poll harness" GIT_AUTHOR_EMAIL="aio-poll@localhost"
export GIT_COMMITTER_NAME="$GIT_AUTHOR_NAME" GIT_COMMITTER_EMAIL="$GIT_AUTHOR_EMAIL"
export GIT_AUTHOR_DATE="2026-01-01T00:00:00Z" GIT_COMMITTER_DATE="2026-01-01T00:00:00Z"
git init -q -b master .
git config user.name "$GIT_AUTHOR_NAME"
git config user.email "$GIT_AUTHOR_EMAIL"
git config core.abbrev 12
# Debian's .gitignore ignores "/*": force the pristine tree in.
git add -f -A >/dev/null
git commit -q -m "Debian linux-source-6.12 $(dpkg-query -W -f='${Version}' linux-source-6.12 2>/dev/null || echo unknown)"
git tag pristine
for p in "$top"/base/*.patch; do
	[ -e "$p" ] || continue
	git am -q --committer-date-is-author-date "$p"
done
git tag base
unset GIT_AUTHOR_NAME GIT_AUTHOR_EMAIL GIT_AUTHOR_DATE GIT_COMMITTER_DATE
if [ -s "$top/patches/series" ]; then
	grep -v '^\s*#' "$top/patches/series" | while read -r p; do
		[ -n "$p" ] || continue
		git am -q --committer-date-is-author-date "$top/patches/$p"
	done
fi
echo "  TREE    $dest: $(git rev-list --count base..HEAD) patches on top of base"
