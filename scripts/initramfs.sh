#!/bin/bash
# initramfs.sh OUT.cpio.gz DIR...
#
# Pack a busybox-static initramfs: guest/init as /init, then the contents of
# every DIR copied on top (the selftests, a program to run, a /run.sh).
set -euo pipefail
top=$(cd "$(dirname "$0")/.." && pwd)
out=$(realpath -m "$1")
shift
root=$(mktemp -d)
trap 'rm -rf "$root"' EXIT
mkdir -p "$root"/{bin,sbin,proc,sys,dev,tmp,tests}
cp /bin/busybox "$root/bin/busybox"
ln -s busybox "$root/bin/sh"
cp "$top/guest/init" "$root/init"
for d in "$@"; do cp -a "$d"/. "$root"/; done
mkdir -p "$(dirname "$out")"
(cd "$root" && find . -print0 | sort -z |
	cpio --null -o -H newc --reproducible --quiet) | gzip -n -1 > "$out"
