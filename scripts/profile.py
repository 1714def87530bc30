#!/usr/bin/env python3
"""profile.py SYSTEM_MAP BLOCKS1 OPS1 BLOCKS2 OPS2 [TOP [PROGRAM]]: guest instructions
per operation, per kernel function, from two runs of one measurement that
differ only in their number of operations (OPS1 < OPS2).  BLOCKS files are
what scripts/insn-count.c writes: "vaddr instructions executions" per
translated block.  A block counts for the function its first instruction
is in; user-space blocks are named by the symbols of PROGRAM, a static
binary, when it is given.  Everything both runs share (boot, set-up, teardown) cancels out in
the difference; what is left is divided by OPS2 - OPS1.
"""
import bisect
import collections
import subprocess
import sys

USER_TOP = 0x800000000000


def symbols(lines):
    """Sorted text symbols of System.map or nm lines: (addresses, names)."""
    syms = []
    for line in lines:
        f = line.split()
        if len(f) >= 3 and f[1] in 'tTwW':
            syms.append((int(f[0], 16), f[2]))
    syms.sort()
    return [a for a, _ in syms], [n for _, n in syms]


def name_of(syms, pc, default):
    i = bisect.bisect_right(syms[0], pc) - 1
    return syms[1][i] if i >= 0 else default


def per_function(path, ksyms, usyms):
    insns = collections.Counter()
    with open(path) as f:
        for line in f:
            vaddr, n, execs = line.split()
            pc = int(vaddr, 16)
            if pc >= USER_TOP:
                name = name_of(ksyms, pc, '(unknown)')
            elif usyms:
                name = 'user:' + name_of(usyms, pc, '?')
            else:
                name = 'user'
            insns[name] += int(n) * int(execs)
    return insns


def main():
    sysmap, blocks1, ops1, blocks2, ops2 = sys.argv[1:6]
    top = int(sys.argv[6]) if len(sys.argv) > 6 else 40
    with open(sysmap) as f:
        ksyms = symbols(f)
    usyms = None
    if len(sys.argv) > 7:
        usyms = symbols(subprocess.run(['nm', sys.argv[7]], check=True,
                                       capture_output=True,
                                       text=True).stdout.splitlines())
    a = per_function(blocks1, ksyms, usyms)
    b = per_function(blocks2, ksyms, usyms)
    ops = int(ops2) - int(ops1)
    diff = {k: (b[k] - a.get(k, 0)) / ops for k in b}
    total = sum(diff.values())
    user = sum(v for k, v in diff.items() if k.startswith('user'))
    print('%.1f instructions per operation: %.1f in the kernel, %.1f in user space'
          % (total, total - user, user))
    for name, v in sorted(diff.items(), key=lambda kv: -kv[1])[:top]:
        print('%9.1f  %s' % (v, name))


if __name__ == '__main__':
    main()
