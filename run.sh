#!/bin/sh
# Builds the Hyoka Workbench product when it is missing or older than the sources, then starts it.
# Arguments go to the workbench, e.g. ./run.sh -nl ja or ./run.sh FILE.hyoka (which opens that file). It opens the
# sample evaluation 000 (set HYOKA_SAMPLE to another sample id, or to nothing for none). Without a screen (no DISPLAY)
# it starts a virtual one and says how to take a screenshot.
set -e
# evaluation files named relative to where run.sh was started, which the cd below leaves
for argument; do
	shift
	case $argument in
	/*) ;;
	*.[hH][yY][oO][kK][aA]) argument=$PWD/$argument ;;
	esac
	set -- "$@" "$argument"
done
cd "$(dirname "$0")"
root=$(pwd)
. releng/scripts/setup.sh
hyoka_use_java
hyoka_need_packages $hyoka_workbench_packages

product=$root/$hyoka_linux_product
# Written when the product is materialized (the launcher script keeps its source's time stamp).
stamp=$product/configuration/config.ini
if [ ! -f "$stamp" ] || [ -n "$(find pom.xml targetplatform bundles features releng -newer "$stamp" \
		-not -path '*/target/*' -not -name '*.log' -type f -print -quit)" ]; then
	echo "Building the Hyoka Workbench product (tests skipped; ./test.sh runs them)..."
	./mvnw -B -q -DskipTests verify
fi

if [ -z "$DISPLAY" ]; then
	display=:${HYOKA_DISPLAY:-99}
	if ! xdpyinfo -display "$display" >/dev/null 2>&1 && [ ! -e "/tmp/.X11-unix/X${display#:}" ]; then
		Xvfb "$display" -screen 0 1600x1000x24 -nolisten tcp >/dev/null 2>&1 &
		sleep 1
	fi
	export DISPLAY=$display
	echo "No screen: the workbench runs on the virtual display $DISPLAY."
	echo "Screenshot: import -display $DISPLAY -window root screenshot.png"
fi

workspace=${HYOKA_WORKSPACE:-$HOME/hyoka-workspace}
sample=${HYOKA_SAMPLE-soyaku-kiban-2021}
echo "Starting Hyoka Workbench on workspace $workspace${sample:+ with the sample evaluation $sample}"
exec "$product/hyoka" -data "$workspace" ${sample:+-openSample "$sample"} "$@"
