#!/bin/bash
# run.sh KERNEL GUEST [PROG [ARGS]]
#
# Without PROG: an interactive guest shell with the selftests in /tests.
# With PROG (a static binary): copy it into the guest as /prog, run it with
# ARGS, power off, and exit with its status.
set -euo pipefail
kernel=$1 guest=$2 prog=${3:-} args=${4:-}
run=$(mktemp -d)
trap 'rm -rf "$run" "$run.cpio.gz"' EXIT
if [ -z "$prog" ]; then
	scripts/initramfs.sh "$guest/run.cpio.gz" "$guest/root"
	echo "  BOOT    $kernel (interactive; 'poweroff -f' or Ctrl-A x to leave)"
	exec scripts/boot.sh -i "$kernel" "$guest/run.cpio.gz"
fi
file -L "$prog" | grep -q 'statically linked' ||
	echo "run: warning: $prog is not statically linked; the guest has no libc" >&2
cp "$prog" "$run/prog"
printf '#!/bin/sh\n/prog %s\n' "$args" > "$run/run.sh"
chmod +x "$run/prog" "$run/run.sh"
scripts/initramfs.sh "$run.cpio.gz" "$guest/root" "$run"
scripts/boot.sh "$kernel" "$run.cpio.gz" "$guest/prog.log" |
	sed -n '/^HARNESS-BOOTED/,$p'
