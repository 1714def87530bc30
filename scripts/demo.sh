#!/bin/bash
# demo.sh KERNEL GUEST: boot KERNEL, run the demo in it, power off.
set -euo pipefail
kernel=$1 guest=$2
run=$(mktemp -d)
trap 'rm -rf "$run" "$run.cpio.gz"' EXIT
printf '#!/bin/sh\nuname -r\n/tests/aio-poll-demo\n' > "$run/run.sh"
chmod +x "$run/run.sh"
scripts/initramfs.sh "$run.cpio.gz" "$guest/root" "$run"
echo "  BOOT    $kernel (demo)"
TIMEOUT=${TIMEOUT:-300} scripts/boot.sh "$kernel" "$run.cpio.gz" \
	"$guest/demo.log" | sed -n '/^HARNESS-BOOTED/,$p'
