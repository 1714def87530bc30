#!/bin/bash
# kbuild.sh SRC OBJ FRAGMENT...
#
# Build bzImage from the kernel tree SRC into the object directory OBJ (make
# O=OBJ): tinyconfig, then the fragments merged in order, then olddefconfig.
# merge_config.sh drops an option silently when one of its parents is off, so
# every CONFIG_ line of every fragment is checked against the final .config
# and the build fails naming the options that did not survive.
set -euo pipefail
src=$(realpath "$1")
obj=$2
shift 2
mkdir -p "$obj"
obj=$(realpath "$obj")

# A compiler cache outside the clone makes a fresh clone's rebuild cheap.
cc=gcc
if command -v ccache >/dev/null; then
	export CCACHE_DIR=${CCACHE_DIR:-/var/cache/aio-poll/ccache}
	export CCACHE_BASEDIR=$src
	export CCACHE_NOHASHDIR=1
	export CCACHE_MAXSIZE=${CCACHE_MAXSIZE:-10G}
	cc="ccache gcc"
fi
kmake() {
	make -s -C "$src" O="$obj" ARCH=x86_64 CC="$cc" HOSTCC="$cc" \
		KBUILD_BUILD_TIMESTAMP=2026-01-01 KBUILD_BUILD_USER=aio-poll \
		KBUILD_BUILD_HOST=harness -j"$(nproc)" "$@"
}

frags=()
for f in "$@"; do frags+=("$(realpath "$f")"); done
# Reconfigure only when a fragment is newer than the .config.
need=1
if [ -f "$obj/.config" ]; then
	need=0
	for f in "${frags[@]}"; do [ "$f" -nt "$obj/.config" ] && need=1; done
fi
if [ $need = 1 ]; then
	kmake tinyconfig >/dev/null
	"$src/scripts/kconfig/merge_config.sh" -m -O "$obj" "$obj/.config" \
		"${frags[@]}" >/dev/null
	kmake olddefconfig >/dev/null
fi

missing=$(cat "${frags[@]}" | sed -n -e 's/^\(CONFIG_[A-Za-z0-9_]*=.*\)$/\1/p' \
		-e 's/^# \(CONFIG_[A-Za-z0-9_]*\) is not set$/\1=n/p' |
	while IFS= read -r want; do
		opt=${want%%=*}
		if [ "${want#*=}" = n ]; then
			grep -q "^$opt=" "$obj/.config" && echo "$want"
		else
			grep -qxF "$want" "$obj/.config" || echo "$want"
		fi
	done; true)
if [ -n "$missing" ]; then
	echo "kbuild: options dropped from $obj/.config (a parent is off?):" >&2
	echo "$missing" | sed 's/^/  /' >&2
	exit 1
fi
echo "  KBUILD  $src -> $obj"
kmake bzImage
