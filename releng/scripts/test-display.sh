#!/bin/sh
# A virtual display for one module's workbench tests (the ui-tests profile of the root pom), so that workbenches
# tested side by side in a parallel build (./test.sh builds with -T) cannot take each other's focus or windows.
#
#   test-display.sh start N PIDFILE   starts Xvfb as display :N and returns when it accepts clients
#   test-display.sh stop N PIDFILE    ends it
#   test-display.sh run N PIDFILE COMMAND...   runs COMMAND on display :N, started for it and ended after it
#
# ./test.sh ends the displays a failed build left running (their PIDFILEs are target/test-display.pid).
set -u
action=$1 display=:$2 pidfile=$3
shift 3

case $action in
start)
	mkdir -p "$(dirname "$pidfile")"
	# no output kept open: Maven waits for the streams of what it runs to close
	Xvfb "$display" -screen 0 1280x1024x24 -nolisten tcp </dev/null >/dev/null 2>&1 &
	echo $! >"$pidfile"
	tries=0
	until xdpyinfo -display "$display" >/dev/null 2>&1; do
		kill -0 "$(cat "$pidfile")" 2>/dev/null || { echo "test display: Xvfb $display did not start" >&2; exit 1; }
		tries=$((tries + 1))
		[ $tries -lt 300 ] || { echo "test display: Xvfb $display accepts no client after 30 s" >&2; exit 1; }
		sleep 0.1
	done
	;;
stop)
	[ -f "$pidfile" ] && kill "$(cat "$pidfile")" 2>/dev/null
	rm -f "$pidfile"
	;;
run)
	sh "$0" start "${display#:}" "$pidfile" || exit 1
	DISPLAY=$display "$@"
	status=$?
	sh "$0" stop "${display#:}" "$pidfile"
	exit $status
	;;
*)
	echo "usage: test-display.sh start|stop N PIDFILE, or run N PIDFILE COMMAND..." >&2
	exit 2
	;;
esac
exit 0
