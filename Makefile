# aio-poll: IOCB_CMD_POLL for fs/aio.c, as a patch series on Debian's 6.12.
# This Makefile is the index of what can be done; each script does one job.
#
#   make              install what is missing, build the patched and the
#                     reference kernels, boot the patched one, run the demo
#   make check        the above, a debug kernel (KASAN, lockdep, kmemleak,
#                     fault injection, full preemption) and its PREEMPT_RT
#                     twin, then checkpatch, a build at every patch, and the
#                     aio selftests on every kernel; ends "N passed, N failed"
#   make debug        only build the debug kernel, out/bzImage-debug
#   make rt           only build the PREEMPT_RT debug kernel, out/bzImage-rt
#   make run          an interactive shell in a guest of the patched kernel
#   make run PROG=p ARGS="..."
#                     run the static program p in the guest, return its status
#   make fuzz OPS=n SEED=s
#                     the aio poll fuzzer alone, n operations from seed s, in
#                     a guest of the debug kernel (the patched one without it)
#   make soak         the fuzzer, 1,000,000 operations over 4 seeds with 4
#                     CPUs, on the debug and the PREEMPT_RT kernels
#   make bench        the benchmark in guests of both kernels: out/bench/
#   make bench-compare OLD=kernel NEW=kernel
#                     the aio poll figures a change to fs/aio.c can move,
#                     instruction-counted, on two kernels (NEW: out/bzImage)
#   make profile ARGS="-d pingpong -m aio-multishot -n 0"
#                     guest instructions per operation of one benchmark
#                     measurement, per kernel and user function, on
#                     out/bzImage (KERNEL= and MAP= another kernel)
#   make export       write the commits of build/linux back into patches/
#   make retree       throw build/linux away and make it again from patches/
#   make clean        remove build/ and out/
SHELL := /bin/bash
B := build
OUT := out
LINUX := $(B)/linux
# Debian's tree, laid out like LINUX and its objects (build/linux and
# build/obj/patched): the compiler cache names sources by their path from
# the object directory, so the reference build takes every object of the
# patched build that the series does not change.
REF := $(B)/reference
FRAGS := configs/guest.config
DEBUG_FRAGS := $(FRAGS) configs/debug.config configs/preempt.config
RT_FRAGS := $(FRAGS) configs/debug.config configs/rt.config

.PHONY: all deps tree retree kernel reference debug rt userspace demo check \
	run fuzz soak bench bench-compare profile export clean

all: kernel reference demo
	@echo
	@echo "  series:    patches/ ($$(grep -vc '^#' patches/series) patches), working tree $(LINUX)"
	@echo "  kernel:    $(OUT)/bzImage (patched), $(OUT)/bzImage-reference (Debian's tree)"
	@echo "  next:      make check | make run | make run PROG=... ARGS=..."

deps:
	@scripts/deps.sh

tree: deps
	@[ -d $(LINUX)/.git ] || scripts/mktree.sh $(LINUX) --git

retree: deps
	scripts/mktree.sh $(LINUX) --git

kernel: tree
	@scripts/kbuild.sh $(LINUX) $(B)/obj/patched $(FRAGS)
	@mkdir -p $(OUT) && cp $(B)/obj/patched/arch/x86/boot/bzImage $(OUT)/bzImage

reference: deps
	@mkdir -p $(OUT)
	@scripts/reference.sh $(REF)/linux $(REF)/obj/guest $(OUT)/bzImage-reference $(FRAGS)

debug: tree
	@scripts/kbuild.sh $(LINUX) $(B)/obj/debug $(DEBUG_FRAGS)
	@mkdir -p $(OUT) && cp $(B)/obj/debug/arch/x86/boot/bzImage $(OUT)/bzImage-debug

rt: tree
	@scripts/kbuild.sh $(LINUX) $(B)/obj/rt $(RT_FRAGS)
	@mkdir -p $(OUT) && cp $(B)/obj/rt/arch/x86/boot/bzImage $(OUT)/bzImage-rt

userspace: kernel
	@scripts/userspace.sh $(LINUX) $(B)/obj/patched $(B)/guest

demo: userspace
	@scripts/demo.sh $(OUT)/bzImage $(B)/guest

check: kernel reference debug rt userspace
	@scripts/check.sh

run: userspace
	@scripts/run.sh $(OUT)/bzImage $(B)/guest "$(PROG)" "$(ARGS)"

SOAK_OPS ?= 1000000
SOAK_SEEDS ?= 4
soak: userspace debug rt
	@scripts/soak.sh $(SOAK_OPS) $(SOAK_SEEDS) $(OUT)/bzImage-debug $(OUT)/bzImage-rt

OPS ?= 1000000
SEED ?= 1
fuzz: userspace
	@scripts/fuzz.sh $$([ -f $(OUT)/bzImage-debug ] && echo $(OUT)/bzImage-debug || echo $(OUT)/bzImage) $(OPS) $(SEED)

bench: kernel reference userspace
	@scripts/bench.sh

NEW ?= $(OUT)/bzImage
bench-compare: userspace
	@scripts/bench-compare.sh $(OLD) $(NEW)

KERNEL ?= $(OUT)/bzImage
MAP ?= $(B)/obj/patched/System.map
profile: userspace
	@scripts/profile.sh $(KERNEL) $(MAP) $(ARGS)

export:
	@scripts/export.sh $(LINUX)

clean:
	rm -rf $(B) $(OUT)
