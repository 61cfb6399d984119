#!/bin/sh
# Unpacks the Linux product archive into a fresh folder, starts it with its own launcher script on the
# current X display, and checks that the "Hyoka Workbench" window appears and that the log holds no error
# or exception within the first 30 seconds. Leaves a screenshot and the log next to the unpacked product.
#
#   smoke-test-product.sh ARCHIVE WORKDIR
set -u
archive=$1
work=$2
wait_seconds=${HYOKA_SMOKE_SECONDS:-30}

[ -n "${DISPLAY:-}" ] || { echo "smoke test: needs an X display; ./test.sh provides a virtual one" >&2; exit 1; }
rm -rf "$work" && mkdir -p "$work" || exit 1
tar -xzf "$archive" -C "$work" || { echo "smoke test: cannot unpack $archive" >&2; exit 1; }
product=$work/hyoka-workbench
workspace=$work/workspace
log=$workspace/.metadata/.log

"$product/hyoka" -data "$workspace" >"$work/console.txt" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null' EXIT

window=
elapsed=0
while [ $elapsed -lt "$wait_seconds" ]; do
	sleep 1
	elapsed=$((elapsed + 1))
	kill -0 $pid 2>/dev/null || { echo "smoke test: the product exited after ${elapsed} s; console:" >&2; cat "$work/console.txt" >&2; exit 1; }
	[ -z "$window" ] && xwininfo -root -tree 2>/dev/null | grep -q '"Hyoka Workbench": ("Hyoka Workbench"' && window=${elapsed}
done

command -v import >/dev/null && import -window root "$work/screenshot.png" 2>/dev/null

status=0
if [ -z "$window" ]; then
	echo "smoke test: no window titled \"Hyoka Workbench\" within ${wait_seconds} s" >&2
	status=1
fi
if [ -f "$log" ] && grep -q -E '^!ENTRY [^ ]+ 4 |^!STACK' "$log"; then
	echo "smoke test: the product logged errors within ${wait_seconds} s:" >&2
	cat "$log" >&2
	status=1
fi
if grep -q -E 'Exception|^ERROR' "$work/console.txt"; then
	echo "smoke test: the console shows exceptions:" >&2
	cat "$work/console.txt" >&2
	status=1
fi
[ $status = 0 ] && echo "smoke test: Hyoka Workbench window after ${window} s, no error in ${wait_seconds} s (log: $log)"
exit $status
