#!/bin/bash
# fuzz.sh KERNEL OPS SEED: run the aio poll fuzzer alone in a guest of
# KERNEL, OPS operations from SEED, and judge the console like check.sh.
set -euo pipefail
kernel=$1 ops=$2 seed=$3
run=$(mktemp -d)
trap 'rm -rf "$run" "$run.cpio.gz"' EXIT
cp guest/run-tests.sh "$run/run.sh"
mkdir -p "$run/tests" out
echo aio_poll_fuzz > "$run/tests/list"
scripts/initramfs.sh "$run.cpio.gz" build/guest/root "$run"
echo "  BOOT    $kernel (fuzz: $ops operations, seed $seed)"
APPEND="AIO_POLL_FUZZ_OPS=$ops AIO_POLL_FUZZ_SEED=$seed TEST_TIMEOUT=86400" \
TIMEOUT=${TIMEOUT:-86400} scripts/boot.sh "$kernel" "$run.cpio.gz" \
	out/fuzz.log > /dev/null || true
grep -a 'operations' out/fuzz.log || true
awk -v label="fuzz seed $seed" -f scripts/tap.awk out/fuzz.log |
	tee /dev/stderr | grep -q ' 0 failed'
