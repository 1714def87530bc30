#!/bin/bash
# reference.sh TREE OBJ OUT FRAGMENT...: the reference kernel, Debian's
# unmodified tree built with the guest fragments, into OUT.
#
# It depends only on the Debian package, the compiler, the fragments and the
# build scripts, so it is kept in a cache outside the clone, keyed by a hash
# of all of them: a fresh clone on a machine that built it once copies it
# instead of spending a kernel build.  REFCACHE= (empty) turns the cache off.
set -euo pipefail
top=$(cd "$(dirname "$0")/.." && pwd)
tree=$1 obj=$2 out=$3
shift 3
cache=${REFCACHE-/var/cache/aio-poll/reference}
key=$({
	dpkg-query -W -f='${Version}\n' linux-source-6.12
	gcc --version | head -n 1
	cat "$@" "$top/scripts/kbuild.sh" "$top/scripts/mktree.sh"
} | sha256sum | cut -c1-16)

if [ -n "$cache" ] && [ -f "$cache/$key/bzImage" ]; then
	echo "  CACHED  $cache/$key/bzImage -> $out"
	cp "$cache/$key/bzImage" "$out"
	exit 0
fi
[ -d "$tree" ] || "$top/scripts/mktree.sh" "$tree"
"$top/scripts/kbuild.sh" "$tree" "$obj" "$@"
cp "$obj/arch/x86/boot/bzImage" "$out"
if [ -n "$cache" ] && mkdir -p "$cache/$key" 2>/dev/null; then
	cp "$obj/arch/x86/boot/bzImage" "$cache/$key/bzImage.tmp" &&
		mv "$cache/$key/bzImage.tmp" "$cache/$key/bzImage"
fi
