#!/usr/bin/awk -f
# tap.awk -v label=NAME CONSOLE-LOG
#
# Read a guest console log written by guest/run-tests.sh and count the
# kselftest TAP results.  A kernel splat, a program that died without
# reporting, a leak marker or a missing exit marker each count as a failure
# and name the test that was running.  Prints the failures, then one line
# "label: P passed, F failed, S skipped".
function fail(what) { failed++; print "  FAIL " label ": " what }
/^HARNESS-TEST-BEGIN / { prog = $2; cur = prog; reported = 0; next }
/^HARNESS-TEST-END / {
	if ($3 != 0 && $3 != 4 && !reported)
		fail(prog " exited with status " $3 " and reported nothing")
	prog = ""; cur = "(between tests)"; next
}
/^#  RUN / { cur = prog ":" $3; next }
/^ok [0-9]+ / {
	reported = 1
	if ($0 ~ /# SKIP/) skipped++; else passed++
	next
}
/^not ok [0-9]+ / { reported = 1; fail(prog ": " $0); next }
/^HARNESS-LEAK / { fail($0); next }
/^HARNESS-KMEMLEAK/ { fail("kmemleak reported leaks after the suite"); next }
/^HARNESS-EXIT / { exited = 1; next }
/(BUG:|WARNING:|Oops|general protection fault|Kernel panic|KASAN:|UBSAN:|KFENCE:|possible recursive locking|possible circular locking|inconsistent lock state|lock held when returning|suspicious RCU usage|INFO: task .* blocked|rcu_.*detected stall|self-detected stall|soft lockup|hard LOCKUP|refcount_t:|list_add corruption|list_del corruption|ODEBUG:|kmemleak:.*unreferenced)/ {
	if (!(splat[cur]++))
		fail("kernel splat while running " (cur == "" ? "(boot)" : cur) ": " $0)
	next
}
END {
	if (!exited)
		fail("the guest never reported its exit (crash, panic or timeout) while running " cur)
	printf "%s: %d passed, %d failed, %d skipped\n", label, passed, failed, skipped
}
