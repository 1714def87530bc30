#!/bin/bash
# soak.sh OPS SEEDS KERNEL...: the aio poll fuzzer for OPS operations in all
# on each KERNEL, split evenly over the seeds 1..SEEDS, one guest per seed,
# four CPUs.  Prints per kernel and seed the operations, the seconds and
# the verdict (a failed case or any splat in the console fails it), then a
# summary line per kernel.  Consoles: out/soak/<kernel>-seed<n>.log.
set -uo pipefail
ops=$1 seeds=$2
shift 2
per=$(( (ops + seeds - 1) / seeds ))
mkdir -p out/soak
rc=0
for k in "$@"; do
	label=$(basename "$k")
	total=0 secs=0 bad=0
	for seed in $(seq 1 "$seeds"); do
		start=$(date +%s)
		SMP=4 scripts/fuzz.sh "$k" "$per" "$seed" > "out/soak/$label-seed$seed.out" 2>&1
		ok=$?
		cp out/fuzz.log "out/soak/$label-seed$seed.log"
		t=$(( $(date +%s) - start ))
		done_ops=$(grep -ao '[0-9]* operations' "out/soak/$label-seed$seed.log" |
			   tail -n 1 | cut -d' ' -f1)
		# failures as scripts/tap.awk names them: splats, leaks, cases
		splats=$(grep -ac '^  FAIL ' "out/soak/$label-seed$seed.out")
		[ $ok = 0 ] || bad=$((bad + 1))
		total=$((total + ${done_ops:-0}))
		secs=$((secs + t))
		printf 'soak %s seed %d: %s operations, %d s, %d failures, %s\n' \
			"$label" "$seed" "${done_ops:-0}" "$t" "$splats" \
			"$([ $ok = 0 ] && echo pass || echo FAIL)"
	done
	printf 'soak %s: %d operations, %d seeds, %d s, %d failed\n' \
		"$label" "$total" "$seeds" "$secs" "$bad"
	[ $bad = 0 ] || rc=1
done
exit $rc
