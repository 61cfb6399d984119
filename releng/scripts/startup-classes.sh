#!/bin/sh
# Writes bundles/org.hyoka.app/startup-classes.txt, the classes the workbench's class preloader loads beside the UI
# thread at start-up (ClassPreloader, docs/benchmarks.md "Start-up"): one start of the built Linux product on a
# virtual display, as ./run.sh starts it (new workspace, the sample 000 open), with -Xlog:class+load and the
# preloader off; the classes of the product's bundles loaded from the application's start until the sample's editor
# has been painted, in that order, each once, under the bundle that holds it. Hidden classes (lambdas) are left out:
# they cannot be loaded by name.
#
#   startup-classes.sh      run again after a change of the target platform or of what the first window shows
#
# Builds the product first (tests skipped) when it is missing.
set -eu
cd "$(dirname "$0")/../.."
root=$(pwd)
. releng/scripts/setup.sh
hyoka_use_java
hyoka_need_packages $hyoka_workbench_packages
hyoka=$root/$hyoka_linux_product
[ -x "$hyoka/hyoka" ] || ./mvnw -B -q -DskipTests verify

if [ -z "${HYOKA_STARTUP_DISPLAY_READY:-}" ]; then
	HYOKA_STARTUP_DISPLAY_READY=1 exec xvfb-run -a -s "-screen 0 1280x1024x24" sh "$0"
fi

work=$root/target/startup-classes
rm -rf "$work" && mkdir -p "$work"
HYOKA_VMARGS="-Xlog:class+load=debug:file=$work/class-load.log:timemillis,tid -Dhyoka.startupMarks=$work/marks -Dhyoka.preloadClasses=false" \
	"$hyoka/hyoka" -data "$work/workspace" -openSample soyaku-kiban-2021 >"$work/console.txt" 2>&1 &
script=$!
waited=0
until grep -q '^editor ' "$work/marks" 2>/dev/null; do
	if ! kill -0 "$script" 2>/dev/null || [ $waited -ge 1200 ]; then
		echo "startup-classes: no editor of 000 from $hyoka (console: $work/console.txt)" >&2
		kill "$script" 2>/dev/null || true
		exit 1
	fi
	sleep 0.1
	waited=$((waited + 1))
done
java=$(pgrep -P "$script" java || true)
kill "$script" 2>/dev/null || true
[ -n "$java" ] && kill "$java" 2>/dev/null
wait "$script" 2>/dev/null || true

list=bundles/org.hyoka.app/startup-classes.txt
editor=$(awk '$1 == "editor" { print $2 }' "$work/marks")
# Each load is two lines of the loading thread (tid), the class and then its supertypes' addresses:
#   [1795599887751ms][4711] org.eclipse.ui.navigator.CommonNavigator source: file:/.../plugins/BSN_VERSION.jar
#   [1795599887751ms][4711]  klass: 0x2a4a0800 super: 0x2a4a5050 interfaces: 0x2a4a4000 0x2a32c2c0 loader: ...
# A listed class is written with those of its direct supertypes that are listed too, which the preloader must not
# load before their bundle has started (ClassPreloader).
awk -v editor="$editor" -v plugins="file:$hyoka/plugins/" '
	{ t = $1; sub(/ms\].*/, "", t); gsub(/[^0-9]/, "", t); tid = $1; sub(/.*\]\[/, "", tid); sub(/\].*/, "", tid) }
	$3 == "source:" {
		if ($2 == "org.hyoka.app.internal.HyokaApplication") started = 1
		if (started && t > editor) exit
		class[tid] = $2; bundle[tid] = ""
		if (!started || index($4, plugins) != 1 || $2 ~ /\/|\$\$Lambda/) next
		jar = substr($4, length(plugins) + 1); sub(/\/$/, "", jar)
		# BSN_VERSION.jar or BSN_VERSION/ as Tycho names them; the version has three numeric parts
		if (match(jar, /_[0-9]+\.[0-9]+\.[0-9]+/)) bundle[tid] = substr(jar, 1, RSTART - 1)
		next
	}
	$2 == "klass:" && (tid in class) {
		name = class[tid]; at[$3] = name
		if (bundle[tid] != "" && !listed[name]++) {
			line = name
			for (i = 4; i <= NF && $i != "loader:"; i++) if ($i ~ /^0x/ && listed[at[$i]]) line = line " " at[$i]
			if (bundle[tid] != current) { print "@" bundle[tid]; current = bundle[tid] }
			print line
		}
		delete class[tid]
	}' "$work/class-load.log" >"$work/list"
[ "$(grep -vc '^@' "$work/list")" -ge 1000 ] || { echo "startup-classes: too few classes in $work/list" >&2; exit 1; }
# A class of ours without a source is left over in target/ by an incremental build and is not in a clean one; the
# list would then fail ClassPreloaderTest in CI.
stale=$(awk '/^@/ { bundle = substr($0, 2); next } bundle ~ /^org\.hyoka\./ {
		path = $1; sub(/\$.*/, "", path); gsub(/\./, "/", path); print bundle " " $1 " " path }' "$work/list" |
	while read -r bundle class path; do
		ls "bundles/$bundle"/src*/"$path.java" >/dev/null 2>&1 || echo "$class (bundle $bundle)"
	done)
if [ -n "$stale" ]; then
	echo "startup-classes: the product holds classes of ours that have no source, left over by an incremental build:" >&2
	echo "$stale" | sed 's/^/  /' >&2
	echo "Build again from clean (./mvnw clean verify -DskipTests) and run this script again." >&2
	exit 1
fi
{
	echo "# Classes the first window and the editor of 000 load, in that order (ClassPreloader)."
	echo "# Written by releng/scripts/startup-classes.sh; do not edit."
	cat "$work/list"
} >"$list"
echo "startup-classes: $(grep -vc '^[@#]' "$list") classes of $(grep -c '^@' "$list" | tr -d ' ') bundle runs in $list"
