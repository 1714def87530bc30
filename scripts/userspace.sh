#!/bin/bash
# userspace.sh LINUX OBJ DEST
#
# Build, statically, what the guests run: the demos, and the aio selftests of
# the tree LINUX when it has them, against the uapi headers of the kernel
# built in OBJ.  Result: DEST/root/tests/ with a "list" of the selftests.
set -euo pipefail
top=$(cd "$(dirname "$0")/.." && pwd)
linux=$(realpath "$1") obj=$(realpath "$2") dest=$(realpath -m "$3")
make -s -C "$linux" O="$obj" ARCH=x86_64 headers
rm -rf "$dest/root"
mkdir -p "$dest/root/tests" "$dest/selftests"
gcc -static -O2 -Wall -Wextra -Werror -isystem "$obj/usr/include" \
	-o "$dest/root/tests/aio-poll-demo" "$top/demo/aio-poll-demo.c"
gcc -static -O2 -Wall -Wextra -Werror -isystem "$obj/usr/include" \
	-o "$dest/root/tests/pty-loop" "$top/demo/pty-loop.c"
: > "$dest/root/tests/list"
st=$linux/tools/testing/selftests/aio
if [ -d "$st" ]; then
	make -s -C "$st" OUTPUT="$dest/selftests" \
		KHDR_INCLUDES="-isystem $obj/usr/include" LDFLAGS=-static all
	for t in $(make -s -C "$st" -f - print-tests <<<'include Makefile
print-tests: ; @echo $(notdir $(TEST_GEN_PROGS))'); do
		cp "$dest/selftests/$t" "$dest/root/tests/$t"
		echo "$t" >> "$dest/root/tests/list"
	done
	for t in $(make -s -C "$st" -f - print-extended <<<'include Makefile
print-extended: ; @echo $(notdir $(TEST_GEN_PROGS_EXTENDED))'); do
		cp "$dest/selftests/$t" "$dest/root/tests/$t"
	done
	cp "$st/settings" "$dest/root/tests/settings" 2>/dev/null || true
fi
echo "  USER    demo and $(wc -l < "$dest/root/tests/list") selftest programs -> $dest/root"
