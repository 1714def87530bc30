#!/bin/bash
# deps.sh: install with apt what the harness needs and is missing.
#
# linux-source-6.12 is pinned to the version in linux-source.version, the one
# the series was last tested on, while apt still offers it; otherwise the
# newest is taken and the difference is said.
set -euo pipefail
top=$(cd "$(dirname "$0")/.." && pwd)
pkgs=(build-essential flex bison bc libelf-dev libssl-dev cpio xz-utils
      kmod python3 python3-ply python3-git perl git ccache qemu-system-x86 busybox-static
      libaio-dev liburing-dev gnuplot-nox sparse)
want=$(cat "$top/linux-source.version")

missing=()
for p in "${pkgs[@]}"; do
	dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "ok installed" ||
		missing+=("$p")
done
have=$(dpkg-query -W -f='${Version}' linux-source-6.12 2>/dev/null || true)
[ "$have" = "$want" ] || missing+=(linux-source-6.12)
[ ${#missing[@]} = 0 ] && exit 0

export DEBIAN_FRONTEND=noninteractive
[ "$(id -u)" = 0 ] || { echo "deps: missing ${missing[*]}; run as root" >&2; exit 1; }
echo "  APT     ${missing[*]}"
apt-get update -qq
src=linux-source-6.12
if [ "$have" != "$want" ]; then
	if apt-cache madison linux-source-6.12 | awk '{print $3}' | grep -qxF "$want"; then
		src="linux-source-6.12=$want"
	else
		echo "deps: linux-source-6.12 $want is no longer offered; using the newest" >&2
	fi
fi
missing=("${missing[@]/#linux-source-6.12/$src}")
apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
echo "  SOURCE  linux-source-6.12 $(dpkg-query -W -f='${Version}' linux-source-6.12)"
