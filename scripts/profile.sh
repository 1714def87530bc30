#!/bin/bash
# profile.sh KERNEL SYSTEM_MAP BENCH-ARGUMENTS...
#
# Where one measurement of aio_poll_bench spends its instructions, per
# kernel function: the measurement runs twice under -icount (one CPU), with
# OPS1 and OPS2 operations (-o; 4000 and 20000 by default), in guests of
# KERNEL that load the TCG plugin scripts/insn-count.c, and
# scripts/profile.py prints the difference of the two runs per operation,
# function by function (names from SYSTEM_MAP and the benchmark's symbols,
# TOP of them; 40 by default): exact guest instructions, the unit of -icount time.  The
# plugin changes no figure the guest measures.  Needs make userspace.
set -euo pipefail
top=$(cd "$(dirname "$0")/.." && pwd)
cd "$top"
kernel=$1 map=$2
shift 2
guest=build/guest
run=$(mktemp -d)
trap 'rm -rf "$run"' EXIT
gcc -shared -fPIC -O2 -Wall -Wextra -Werror -o "$run/insn-count.so" \
	scripts/insn-count.c
mkdir -p "$run/root/bench"	# what the guest gets; the rest stays out
cp guest/run-bench.sh "$run/root/run.sh"
ops=()
for o in "${OPS1:-4000}" "${OPS2:-20000}"; do
	echo "$* -o $o" > "$run/root/bench/plan"
	scripts/initramfs.sh "$run/$o.cpio.gz" "$guest/root" "$run/root"
	echo "  BOOT    $kernel (profile: $* -o $o, -icount)" >&2
	PLUGIN=$run/insn-count.so,out=$run/$o.blocks ICOUNT=1 \
		scripts/boot.sh "$kernel" "$run/$o.cpio.gz" "$run/$o.log" > /dev/null
	line=$(grep -a '^BENCH,' "$run/$o.log")
	echo "$line" >&2
	case $line in *error*) exit 1 ;; esac
	ops+=("$run/$o.blocks" "$(echo "$line" | cut -d, -f6)")
done
python3 scripts/profile.py "$map" "${ops[@]}" "${TOP:-40}" \
	"$guest/root/tests/aio_poll_bench"
