#!/usr/bin/awk -f
# tap.awk -v label=NAME CONSOLE-LOG
#
# Read a guest console log written by guest/run-tests.sh and count the
# kselftest TAP results.  A kernel splat, a program that died without
# reporting, a leak marker or a missing exit marker each count as a failure
# and name the test that was running; so does a program that exits with a
# status kselftest never gives (a timeout's kill), reports fewer cases than
# its plan ("1..N") or leaves processes behind.  Prints the failures, then
# one line "label: P passed, F failed, S skipped".
function fail(what) { failed++; print "  FAIL " label ": " what }
/^HARNESS-TEST-BEGIN / {
	prog = $2; cur = prog; reported = 0; planned = -1; results = 0; next
}
/^HARNESS-TEST-END / {
	# $3: exit status (0 passed, 1 a case failed, 4 skipped), $4: seconds
	took = $4 == "" ? "" : " after " $4 " s"
	if (!reported && $3 != 0 && $3 != 4)
		fail(prog " exited with status " $3 took " and reported nothing")
	else if ($3 != 0 && $3 != 1 && $3 != 4)
		fail(prog " exited with status " $3 took " while running " cur \
		     ", " results " of " planned " cases reported")
	else if (planned > results)
		fail(prog ": " results " of " planned " cases reported" took)
	prog = ""; cur = "(between tests)"; next
}
/^1\.\.[0-9]+$/ { if (prog != "" && planned < 0) planned = substr($0, 4) + 0; next }
/^HARNESS-STRAY / { fail($0); next }
/^#  RUN / { cur = prog ":" $3; next }
/^ok [0-9]+ / {
	reported = 1; results++
	if ($0 ~ /# SKIP/) skipped++; else passed++
	next
}
/^not ok [0-9]+ / { reported = 1; results++; fail(prog ": " $0); next }
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
