#!/bin/bash
# check.sh: everything "make check" tests, after "make" has built it.
#
#  1. checkpatch --strict on every patch of the series (one test each);
#  2. at every patch of the series: a kernel build, sparse on fs/aio.c, and
#     the POLLFREE reproducer (B6) in a guest of that kernel (one test each);
#  3. the aio selftests in a guest of each kernel in out/, and natively on
#     the machine's own kernel when it supports IOCB_CMD_POLL.
# The debug and PREEMPT_RT kernels boot with four CPUs.
# Ends with the line "total: N passed, N failed, N skipped"; exits 1 on any
# failure.  Console logs are kept in out/check/.
set -uo pipefail
top=$(cd "$(dirname "$0")/.." && pwd)
cd "$top"
logs=out/check
guest=build/guest
rm -rf "$logs"
mkdir -p "$logs"
summary=()

count() {	# count LINE: add "label: P passed, F failed, S skipped"
	summary+=("$1")
	echo "$1"
}

step() {	# step LABEL LOG COMMAND...: one pass/fail test
	if "${@:3}" > "$2" 2>&1; then
		count "$1: 1 passed, 0 failed, 0 skipped"
	else
		sed 's/^/    /' "$2" | tail -n 20
		count "$1: 0 passed, 1 failed, 0 skipped"
	fi
}

for p in $(grep -v '^#' patches/series); do
	step "checkpatch $p" "$logs/checkpatch-$p.log" scripts/checkpatch.sh "patches/$p"
done

scripts/bisect.sh build/linux build/bisect "$guest" | tee "$logs/bisect.log"
while read -r word rest; do
	check=${word#BISECT-}
	check=$(echo "${check%-*}" | tr 'A-Z' 'a-z')
	case $word in
	*-OK) count "$check at $rest: 1 passed, 0 failed, 0 skipped" ;;
	*-FAIL) count "$check at $rest: 0 passed, 1 failed, 0 skipped" ;;
	esac
done < <(grep -a '^BISECT-' "$logs/bisect.log")

run_dir=$(mktemp -d)
trap 'rm -rf "$run_dir" "$run_dir.cpio.gz"' EXIT
cp guest/run-tests.sh "$run_dir/run.sh"
scripts/initramfs.sh "$run_dir.cpio.gz" "$guest/root" "$run_dir"
for k in out/bzImage out/bzImage-reference out/bzImage-debug out/bzImage-rt; do
	[ -f "$k" ] || continue
	label=${k#out/}
	# The debug kernels get four CPUs, so the races and the fuzzer run
	# with more contexts at once than the two host cores.
	# What each kernel must have: a probe that finds it missing fails
	# the case instead of letting it SKIP (AIO_POLL_EXPECT, aio_poll.h).
	# Four emulated CPUs on two cores, under KASAN: the whole run of
	# the debug kernels takes 15 to 25 minutes, more than boot.sh's
	# default limit, and aio_poll_races alone more than run-tests.sh's
	# default of 10 per program.  Under PREEMPT_RT one race of 10,000
	# iterations (two_queues_woken_and_cancelled) takes 4 of its 5
	# minutes on an idle machine: the RT guest runs 5,000.
	smp=2 expect= limit=900 append=
	case $label in
	bzImage) expect=multishot,queues ;;
	*-debug|*-rt)
		smp=4 expect=multishot,queues,faults,vim2m limit=2700
		append=TEST_TIMEOUT=1500 ;;
	esac
	case $label in
	*-rt) append="$append AIO_POLL_ITERATIONS=5000" ;;
	esac
	echo "  BOOT    $k (selftests, $smp CPUs${expect:+, expecting $expect})"
	SMP=$smp TIMEOUT=$limit \
		APPEND="$append${expect:+ AIO_POLL_EXPECT=$expect}" \
		scripts/boot.sh "$k" "$run_dir.cpio.gz" "$logs/$label.log" \
		>/dev/null
	count "$(awk -v label="$label" -f scripts/tap.awk "$logs/$label.log")"
	echo "  TIME    $label: $(awk '/^HARNESS-TEST-END / {
		printf "%s%s %s s", sep, $2, $4; sep = ", " }' "$logs/$label.log")"
done

if "$guest/root/tests/aio-poll-demo" --probe; then
	echo "  HOST    $(uname -r) (selftests, natively)"
	(
		cd "$guest/root/tests"
		for t in $(cat list); do
			echo "HARNESS-TEST-BEGIN $t"
			start=$SECONDS
			timeout 600 "./$t" 2>&1
			echo "HARNESS-TEST-END $t $? $((SECONDS - start))"
		done
		echo "HARNESS-EXIT 0"
	) > "$logs/host.log"
	count "$(awk -v label="host-$(uname -r)" -f scripts/tap.awk "$logs/host.log")"
else
	echo "  HOST    $(uname -r) has no IOCB_CMD_POLL: not run"
fi

printf '%s\n' "${summary[@]}" | awk -F'[:,]' '
	{ for (i = 2; i <= NF; i++) { split($i, w, " "); n[w[2]] += w[1] } }
	END { printf "total: %d passed, %d failed, %d skipped\n",
		n["passed"], n["failed"], n["skipped"]; exit n["failed"] > 0 }'
