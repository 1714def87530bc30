#!/bin/bash
# boot.sh [-i] KERNEL INITRD [LOG]
#
# Boot KERNEL with INITRD under QEMU's software emulation and copy the serial
# console to stdout (and to LOG).  The exit status is the one the guest's
# /init reported on its "HARNESS-EXIT n" line, 125 when the guest never
# reported one (crash, panic, timeout).  -i boots interactively.
#
# Environment: SMP (CPUs, default 2), MEM (default 1G), TIMEOUT (seconds,
# default 900), ICOUNT=1 (instruction-counted time: repeatable timings, one
# CPU), ACCEL (default tcg: KVM hangs on these machines; opt in with
# ACCEL=kvm), APPEND (more kernel parameters), PLUGIN (a TCG plugin and its
# arguments, as scripts/profile.sh loads one).
set -uo pipefail
interactive=0
[ "${1:-}" = -i ] && { interactive=1; shift; }
kernel=$1 initrd=$2 log=${3:-/dev/null}
smp=${SMP:-2}
timing=()
if [ "${ICOUNT:-0}" = 1 ]; then
	smp=1
	timing=(-icount shift=0,sleep=off)
fi
qemu=(qemu-system-x86_64 -accel "${ACCEL:-tcg}" "${timing[@]}" -smp "$smp"
      -m "${MEM:-1G}" -no-reboot -kernel "$kernel" -initrd "$initrd"
      -append "console=ttyS0 panic=-1 loglevel=5 ${APPEND:-}")
[ -n "${PLUGIN:-}" ] && qemu+=(-plugin "$PLUGIN")
if [ $interactive = 1 ]; then
	exec "${qemu[@]}" -nographic
fi
mkdir -p "$(dirname "$log")"
timeout --foreground -k 10 "${TIMEOUT:-900}" "${qemu[@]}" \
	-display none -monitor none -serial stdio </dev/null |
	tr -d '\r' | tee "$log"
rc=$(sed -n 's/^HARNESS-EXIT \([0-9]*\)$/\1/p' "$log" | tail -n 1)
exit "${rc:-125}"
